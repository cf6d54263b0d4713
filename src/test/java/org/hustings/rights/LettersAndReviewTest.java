package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The letters besides the reply (UK GDPR Art 12(3) extension, Art 12(4)-(5) refusal), the review
 * band of a request's person, and the bundled font that renders Welsh names in a PDF.
 */
class LettersAndReviewTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theExtensionLetterGivesTheReasonAndTheNewDateInPlainEnglishAndIsLedgeredWhenSent(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            AccessReplyTest.world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Letters letters = new Letters(t.store(), requests);
            long id = AccessReplyTest.matchedRequest(requests, 1);
            assertThatThrownBy(() -> letters.write(id, LetterKind.EXTENSION)).hasMessageContaining("not been extended");
            assertThatThrownBy(() -> letters.write(id, LetterKind.REFUSAL)).hasMessageContaining("not been refused");
            requests.extend("dpo", id, 2, "Your data is in many files, and we need to check each one.", LocalDate.of(2026, 11, 20));

            Letter letter = letters.write(id, LetterKind.EXTENSION);
            RightsRequest r = requests.get(id);
            assertThat(letter.prose()).contains(r.extendedDueOn().toString(), r.dueOn().toString(), "Article 12(3)",
                    "Your data is in many files", "R-" + id, "2026-11-02");
            assertThat(letter.section("complain").items()).anyMatch(i -> i.contains("ico.org.uk"));
            assertThat(Readability.fleschReadingEase(letter.prose())).as("Flesch reading ease of the extension letter")
                    .isGreaterThanOrEqualTo(60);

            String html = letters.html(letter);
            assertThat(html).contains("We need more time to answer you", "UK GDPR Art 12(3)", "Ada Lovelace");
            assertThat(pdfText(letters.pdf(letter))).contains("We need more time", r.extendedDueOn().toString(), "Article 12(3)");
            JsonNode json = new ObjectMapper().readTree(letters.json(letter));
            assertThat(json.get("kind").asText()).isEqualTo("EXTENSION");
            assertThat(json.get("sections").toString()).contains("Article 12(3)");

            letters.send("dpo", id, LetterKind.EXTENSION);
            RecordedEntry e = new Ledger(t.store()).latest(5, "rights.letter").get(0);
            assertThat(e.details()).containsEntry("letter", "extension").containsEntry("in_first_month", true)
                    .containsEntry("letter_sha256", AccessReplies.sha256(letters.json(letter)));
            assertThat(e.details().toString()).doesNotContain("many files");
            assertThat(requests.events(id)).anyMatch(ev -> ev.event().equals("letter") && ev.note().startsWith("Extension letter sent"));
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theRefusalLetterGivesTheGroundTheReasonAndBothRoutesOfComplaint(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            AccessReplyTest.world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Letters letters = new Letters(t.store(), requests);
            long id = AccessReplyTest.matchedRequest(requests, 1);
            requests.refuse("dpo", id, RefusalGround.MANIFESTLY_EXCESSIVE, "We answered the same request on 1 November, and nothing has changed since.");

            Letter letter = letters.write(id, LetterKind.REFUSAL);
            assertThat(letter.law()).isEqualTo("UK GDPR Art 12(4) and 12(5)");
            assertThat(letter.prose()).contains("clearly excessive", "Article 12(5)", "We answered the same request on 1 November",
                    "Article 77", "Article 79", "court", "Article 12(4)");
            assertThat(letter.section("rights").items()).anyMatch(i -> i.contains("ico.org.uk"));
            assertThat(Readability.fleschReadingEase(letter.prose())).as("Flesch reading ease of the refusal letter").isGreaterThanOrEqualTo(60);
            assertThat(pdfText(letters.pdf(letter))).contains("We will not act on your request", "Article 79");

            long other = AccessReplyTest.matchedRequest(requests, 1);
            requests.refuse("dpo", other, RefusalGround.MANIFESTLY_UNFOUNDED, "The request says it was sent only to waste our time.");
            Letter unfounded = letters.write(other, LetterKind.REFUSAL);
            assertThat(unfounded.prose()).contains("clearly unfounded").doesNotContain("clearly excessive");
            assertThat(Readability.fleschReadingEase(unfounded.prose())).isGreaterThanOrEqualTo(60);

            letters.send("dpo", id, LetterKind.REFUSAL);
            assertThat(new Ledger(t.store()).latest(5, "rights.letter").get(0).details()).containsEntry("letter", "refusal");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRowInTheReviewBandIsListedForTheRequestAndOnceConfirmedIsInTheReply(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            // Two unlinked broker rows: line 7 may be Ada (review band), line 8 may be Charles.
            w.value(w.broker, 7, "income", "30000-40000", null);
            w.value(w.broker, 8, "income", "20000-30000", null);
            t.store().write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO pending_row (dataset_id, line_no, reason, forenames, surname, postcode) "
                        + "VALUES (?, ?, 'no-match', ?, ?, ?)")) {
                    for (Object[] row : List.of(new Object[] {7L, "A.", "Lovelace", "BN43 5AA"}, new Object[] {8L, "C", "Babbage", "BN43 5AB"})) {
                        ps.setLong(1, w.broker);
                        ps.setLong(2, (Long) row[0]);
                        ps.setString(3, (String) row[1]);
                        ps.setString(4, (String) row[2]);
                        ps.setString(5, (String) row[3]);
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_run (id, list_name, dataset_id, model_sha256, model_json, "
                        + "link_threshold, review_threshold, list_rows, spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) "
                        + "VALUES (1, ?, ?, ?, '{}', 0.9, 0.5, 2, 2, 2, 0, 2, 0, 'test')")) {
                    ps.setString(1, "dataset:" + w.broker); // a run over the dataset's pending rows, as `hustings link pending` names it
                    ps.setLong(2, w.broker);
                    ps.setString(3, "c".repeat(64));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO link (run_id, dataset_id, row_key, person_id, elector_id, probability, "
                        + "weight, explanation, pair_key, status) VALUES (1, ?, ?, ?, ?, ?, 1.0, ?, ?, 'review')")) {
                    Object[][] rows = {{"7", 1L, 0.72, "{\"list\":{\"forenames\":\"A.\",\"surname\":\"Lovelace\"},\"register\":{\"forenames\":\"Ada\"}}", "d"},
                        {"8", 2L, 0.66, "{\"list\":{\"forenames\":\"C\"},\"register\":{}}", "e"}};
                    for (Object[] row : rows) {
                        ps.setLong(1, w.broker);
                        ps.setString(2, (String) row[0]);
                        ps.setLong(3, (Long) row[1]);
                        ps.setLong(4, (Long) row[1]);
                        ps.setDouble(5, (Double) row[2]);
                        ps.setString(6, (String) row[3]);
                        ps.setString(7, ((String) row[4]).repeat(64));
                        ps.executeUpdate();
                    }
                }
                return null;
            });
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            ReviewBand band = new ReviewBand(t.store(), requests);
            AccessReplies replies = new AccessReplies(t.store(), requests);
            long id = AccessReplyTest.matchedRequest(requests, 1);

            List<ReviewBand.Candidate> listed = band.forRequest(id);
            assertThat(listed).singleElement().satisfies(k -> {
                assertThat(k.datasetId()).isEqualTo(w.broker);
                assertThat(k.line()).isEqualTo(7L);
                assertThat(k.fileName()).isEqualTo("acme.csv");
                assertThat(k.list()).containsEntry("surname", "Lovelace");
            });
            assertThat(replies.assemble(id).values()).extracting(AccessReply.HeldValue::value).doesNotContain("30000-40000");
            assertThatThrownBy(() -> band.confirm("dpo", id, listed.get(0).linkId() + 1)).hasMessageContaining("not waiting for review");

            band.confirm("dpo", id, listed.get(0).linkId());
            assertThat(band.forRequest(id)).isEmpty();
            AccessReply after = replies.assemble(id);
            assertThat(after.values()).extracting(AccessReply.HeldValue::value).contains("30000-40000")
                    .doesNotContain("20000-30000");
            // The list row kept as the evidence of the link is held about her too (UK GDPR Art 15): its identity columns are in the reply.
            assertThat(after.values()).filteredOn(v -> v.table().equals("pending_row"))
                    .extracting(AccessReply.HeldValue::field, AccessReply.HeldValue::value)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("forenames", "A."),
                            org.assertj.core.groups.Tuple.tuple("surname", "Lovelace"), org.assertj.core.groups.Tuple.tuple("postcode", "BN43 5AA"));
            assertThat(after.values()).filteredOn(v -> v.table().equals("pending_row"))
                    .allMatch(v -> v.held().contains("line 7") && v.source().equals("Acme lifestyle file"));
            assertThat(requests.events(id)).anyMatch(e -> e.event().equals("link_confirmed") && e.note().contains("1 values attached"));
            // Staff checked it, so it is a confirmed link (docs/adr/0133): 1.0 on the value, the model's 0.72 kept on the link.
            double stored = t.store().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT link_probability FROM attribute_value WHERE dataset_id = ? AND line_no = 7")) {
                    ps.setLong(1, w.broker);
                    try (var r = ps.executeQuery()) {
                        r.next();
                        return r.getDouble(1);
                    }
                }
            });
            assertThat(stored).isEqualTo(1.0);
            assertThat(new Ledger(t.store()).latest(1, "link.decide").get(0).detailsJson()).contains("\"model_probability\":0.72");
            assertThat(new Ledger(t.store()).latest(5, "rights.review_link").get(0).details()).containsEntry("decision", "accept");
            // Charles's candidate is untouched and still waits.
            assertThat(band.forPerson(2)).hasSize(1);
        }
    }

    /**
     * A row of a loaded dataset found by a CSV-style run (not the dataset's pending-row run), confirmed
     * on a request: its values attach, and the row's open pending-row pairs close as superseded, as an
     * attach by hand closes them (one row, one decision: docs/adr/0135).
     */
    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void confirmingARowFromAnotherRunClosesItsPendingRowPairs(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            w.value(w.broker, 7, "income", "30000-40000", null);
            t.store().write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO pending_row (dataset_id, line_no, reason, forenames, surname, postcode) "
                        + "VALUES (?, 7, 'no-match', 'A.', 'Lovelace', 'BN43 5AA')")) {
                    ps.setLong(1, w.broker);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_run (id, list_name, dataset_id, model_sha256, model_json, "
                        + "link_threshold, review_threshold, list_rows, spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) "
                        + "VALUES (?, ?, ?, ?, '{}', 0.9, 0.5, 1, 2, 1, 0, 1, 0, 'test')")) {
                    // Run 1 over the dataset's rows under another name; run 2 the dataset's own pending-row run.
                    for (Object[] run : List.of(new Object[] {1L, "acme-rows.csv"}, new Object[] {2L, "dataset:" + w.broker})) {
                        ps.setLong(1, (Long) run[0]);
                        ps.setString(2, (String) run[1]);
                        ps.setLong(3, w.broker);
                        ps.setString(4, "c".repeat(64));
                        ps.executeUpdate();
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO link (run_id, dataset_id, row_key, person_id, elector_id, probability, "
                        + "weight, explanation, pair_key, status) VALUES (?, ?, '7', ?, ?, 0.7, 1.0, '{}', ?, 'review')")) {
                    // Run 1 says line 7 may be Ada (person 1); run 2 says it may be Charles (person 2).
                    for (long[] pair : new long[][] {{1, 1}, {2, 2}}) {
                        ps.setLong(1, pair[0]);
                        ps.setLong(2, w.broker);
                        ps.setLong(3, pair[1]);
                        ps.setLong(4, pair[1]);
                        ps.setString(5, Long.toString(pair[0]).repeat(64));
                        ps.executeUpdate();
                    }
                }
                return null;
            });
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            ReviewBand band = new ReviewBand(t.store(), requests);
            long id = AccessReplyTest.matchedRequest(requests, 1);
            assertThat(band.forPerson(2)).hasSize(1);

            band.confirm("dpo", id, band.forRequest(id).get(0).linkId());
            assertThat(new AccessReplies(t.store(), requests).assemble(id).values()).extracting(AccessReply.HeldValue::value)
                    .contains("30000-40000");
            assertThat(band.forPerson(2)).isEmpty();
            String status = t.store().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT status FROM link WHERE run_id = 2")) {
                    try (var r = ps.executeQuery()) {
                        r.next();
                        return r.getString(1);
                    }
                }
            });
            assertThat(status).isEqualTo("superseded");
        }
    }

    @Test
    void aWelshNameRendersInThePdfWithTheBundledFont() throws Exception {
        AccessReply reply = new AccessReply("R-9", 9, "Dafydd ap Gwŷn", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20),
                List.of(new AccessReply.Section("about", "About this reply", "UK GDPR Art 15", List.of("Ŵ and ŷ are Welsh letters."), List.of())),
                List.of(), List.of(), List.of());
        String text = pdfText(new ReplyDocument().pdf(reply));
        assertThat(text).contains("Dafydd ap Gwŷn", "Ŵ and ŷ");
        assertThat(ReplyDocument.class.getClassLoader().getResource("fonts/LICENSE-DejaVu.txt")).isNotNull();
    }

    static String pdfText(byte[] pdf) {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
