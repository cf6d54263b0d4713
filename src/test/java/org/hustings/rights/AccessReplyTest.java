package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.hustings.gate.Gate;
import org.hustings.gate.Selection;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.rights.AccessReply.HeldValue;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Art 15 reply: every part (a)-(h) and 15(2), every value with its source, plain English, HTML, PDF and JSON. */
class AccessReplyTest {

    static World world(TestStores.TestStore t) {
        World w = new World(t.store());
        w.elector(1, "Ada Ŵyn", "Lovelace", "BN43 5AA", LocalDate.of(1990, 12, 10));
        w.elector(2, "Charles", "Babbage", "BN43 5AB", null);
        w.value(w.signups, 1, "email", "ada@example.org", 1L);
        w.value(w.signups, 2, "email", "charles@example.org", 2L);
        w.value(w.broker, 1, "income", "40000-50000", 1L);
        w.value(w.broker, 1, "ethnicity_guess", "guessed-from-name", 1L);
        w.value(w.broker, 2, "income", "90000+", 2L);
        return w;
    }

    static long matchedRequest(Requests requests, long person) {
        long id = requests.intake("dpo", new Intake(RequestKind.ACCESS, "Ada Lovelace", "ada@example.org", null, LocalDate.of(2026, 11, 2),
                Nation.ENGLAND_AND_WALES, new IdentityCheck(IdentityMethod.NO_DOUBT, "Wrote from the email we hold", LocalDate.of(2026, 11, 2)))).id();
        requests.confirmPerson("dpo", id, person);
        return id;
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void replyCarriesEveryPartOfArticle15InPlainEnglish(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            world(t);
            new Gate(t.store()).readAll("canvassing", "organiser", Selection.everyone());
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            AccessReplies replies = new AccessReplies(t.store(), requests);
            AccessReply reply = replies.assemble(matchedRequest(requests, 1));

            assertThat(reply.sections()).extracting(AccessReply.Section::law).contains("Art 15(1)(a)", "Art 15(1)(b)", "Art 15(1)(c)",
                    "Art 15(1)(d)", "Art 15(1)(e)", "Art 15(1)(f) and Art 77", "Art 15(1)(g)", "Art 15(1)(h) and Art 22", "Art 15(2)");
            assertThat(reply.section("purposes").items()).anyMatch(i -> i.startsWith("Doorstep canvassing"))
                    .anyMatch(i -> i.startsWith("Modelling and profiling"));
            assertThat(reply.section("categories").items()).contains("Name", "Email address", "Estimated household income",
                    "Ethnicity estimated from a name");
            assertThat(reply.section("recipients").items()).contains("canvassing app supplier (processor)")
                    .anyMatch(i -> i.contains("Used for doorstep canvassing"));
            assertThat(reply.section("retention").items()).anyMatch(i -> i.startsWith("Acme lifestyle file: Deleted 12 months"));
            assertThat(reply.section("complain").items()).anyMatch(i -> i.contains("ico.org.uk"));
            assertThat(reply.section("sources").items()).anyMatch(i -> i.startsWith("Acme lifestyle file, from Acme Data Ltd"))
                    .anyMatch(i -> i.startsWith("Full electoral register")).noneMatch(i -> i.startsWith("Web sign-ups"));
            assertThat(reply.section("profiling").items()).anyMatch(i -> i.startsWith("Estimated household income is a guess"));
            assertThat(reply.section("transfers").paragraphs()).anyMatch(p -> p.contains("none of your data was sent outside the UK"));
            assertThat(reply.section("about").paragraphs()).anyMatch(p -> p.contains("Article 12(3)"));

            List<String> values = reply.values().stream().map(HeldValue::value).toList();
            assertThat(values).contains("Ada Ŵyn", "Lovelace", "BN43 5AA", "1990-12-10", "ada@example.org", "40000-50000", "guessed-from-name")
                    .doesNotContain("Charles", "Babbage", "charles@example.org", "90000+");
            HeldValue email = reply.values().stream().filter(v -> v.value().equals("ada@example.org")).findFirst().orElseThrow();
            assertThat(email.fromYou()).isTrue();
            assertThat(email.basis()).contains("Art 6(1)(a)");
            assertThat(email.source()).isEqualTo("Web sign-ups");
            HeldValue ethnicity = reply.values().stream().filter(v -> v.field().equals("ethnicity_guess")).findFirst().orElseThrow();
            assertThat(ethnicity.note()).startsWith("We hold this, but we may never use it");
            assertThat(ethnicity.estimated()).isTrue();

            double ease = Readability.fleschReadingEase(reply.prose());
            assertThat(ease).as("Flesch reading ease of the reply's prose").isGreaterThanOrEqualTo(60);

            String html = replies.html(reply);
            assertThat(html).contains("Lovelace", "ada@example.org", "Art 15(1)(h)").doesNotContain("Babbage");
            byte[] pdf = replies.pdf(reply);
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertThat(text).contains("The data we hold about you", "Lovelace", "Estimated household income", "ico.org.uk");
                assertThat(text).as("a Welsh name survives into the PDF (bundled font)").contains("Ŵyn");
            }
            JsonNode json = new ObjectMapper().readTree(replies.json(reply));
            assertThat(json.get("values").size()).isEqualTo(reply.values().size());
            assertThat(json.get("ref").asText()).isEqualTo(reply.ref());
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void sendingClosesTheRequestAndLedgersAHashNotTheValues(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            AccessReplies replies = new AccessReplies(t.store(), requests);
            long id = requests.intake("dpo", new Intake(RequestKind.ACCESS, "Ada Lovelace", null, null, LocalDate.of(2026, 11, 2),
                    Nation.ENGLAND_AND_WALES, null)).id();
            assertThatThrownBy(() -> replies.assemble(id)).hasMessageContaining("not matched");
            requests.verifyIdentity("dpo", id, new IdentityCheck(IdentityMethod.DOCUMENT, "Passport seen", LocalDate.of(2026, 11, 3)));
            requests.confirmPerson("dpo", id, 1);
            AccessReply sent = replies.send("dpo", id);
            assertThat(requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);
            RecordedEntry e = new Ledger(t.store()).latest(5, "rights.access_reply").get(0);
            assertThat(e.details()).containsEntry("reply_sha256", AccessReplies.sha256(replies.json(sent)));
            assertThat(e.detailsJson()).doesNotContain("Lovelace").doesNotContain("ada@");
            assertThat(new Ledger(t.store()).personsOf(e.seq())).containsExactly(1L);
            assertThatThrownBy(() -> replies.send("dpo", id)).hasMessageContaining("only an open access request");
        }
    }
}
