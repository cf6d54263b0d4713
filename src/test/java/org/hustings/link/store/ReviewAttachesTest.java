package org.hustings.link.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.consent.Consents;
import org.hustings.gate.Gate;
import org.hustings.gate.GateResult;
import org.hustings.gate.GatedValue;
import org.hustings.gate.Selection;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Importer;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.data.DataImporter;
import org.hustings.ingest.data.DataLoad;
import org.hustings.ingest.data.DataMapping;
import org.hustings.ingest.data.PendingRow;
import org.hustings.ingest.data.PendingRows;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.link.Field;
import org.hustings.link.LinkSettings;
import org.hustings.link.Thresholds;
import org.hustings.purpose.Purposes;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reviewer's acceptance of a dataset's pending row is a confirmed link (docs/adr/0133), on both
 * stores: two web sign-ups with mistyped names ("Carla Cole" for Cara Cole, "Devv Desai" for Dev
 * Desai) wait unattached with their email consents; the linker put each in the review band. Accepting
 * Carla's attaches her email to Cara at probability 1.0 with the consent she gave, and the email
 * purpose (minimum link probability 0.95) then releases it; rejecting Devv's leaves it waiting;
 * accepting twice is refused; a failure inside the decision leaves nothing attached; and a later run
 * meeting an accepted pair again attaches it at 1.0 too.
 */
class ReviewAttachesTest {
    private static final String LA = "E07000223";
    private static final String HEADER = "Email,First name,Last name,Address,Postcode,Signed up,Consent version,Email consent\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void acceptingAttachesAtOneWithConsentsAndTheGateReleasesIt(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store);
            long dataset = signups(store, "signups.csv", "carla@example.org", "devv@example.org");
            long cara = person(store, "AA1-3");
            long dev = person(store, "AA1-4");
            List<PendingRow> waiting = new PendingRows(store).rows(dataset, 0, 10);
            assertThat(waiting).hasSize(2);
            long carla = waiting.get(0).line();
            long devv = waiting.get(1).line();
            long[] links = reviewBand(store, dataset, new long[] {carla, cara}, new long[] {devv, dev});
            LinkStore linkStore = new LinkStore(store);
            Gate gate = new Gate(store);
            assertThat(emails(gate)).as("nothing is released before the decision").isEmpty();
            assertThat(new Consents(store).states(cara)).isEmpty();

            LinkStore.Decided accepted = linkStore.decide(links[0], true, "rita");
            assertThat(accepted.status()).isEqualTo("accepted");
            assertThat(accepted.pendingRow()).isTrue();
            assertThat(accepted.personId()).isEqualTo(cara);
            assertThat(accepted.valuesAttached()).isEqualTo(1);
            assertThat(accepted.modelProbability()).isEqualTo(0.72);
            assertThat(doubles(store, "SELECT link_probability FROM attribute_value WHERE dataset_id = ? AND line_no = ? AND person_id = ?",
                    dataset, carla, cara)).containsExactly(1.0);
            assertThat(doubles(store, "SELECT probability FROM link WHERE id = ?", links[0])).as("the model's score stays on the link")
                    .containsExactly(0.72);
            assertThat(new Consents(store).states(cara)).as("the consent given at sign-up is recorded against her")
                    .singleElement().satisfies(s -> {
                        assertThat(s.purpose()).isEqualTo("email");
                        assertThat(s.provable()).isTrue();
                    });
            assertThat(count(store, "SELECT count(*) FROM pending_consent WHERE dataset_id = ? AND line_no = ?", dataset, carla)).isZero();
            RecordedEntry attach = new Ledger(store).latest(1, "data.attach").get(0);
            assertThat(attach.actor()).isEqualTo("rita");
            assertThat(attach.detailsJson()).contains("\"probability\":1,", "\"model_probability\":0.72", "\"consents_recorded\":1");
            assertThat(new Ledger(store).latest(1, "link.decide").get(0).detailsJson())
                    .contains("\"decision\":\"accept\"", "\"model_probability\":0.72", "\"values_attached\":1");
            assertThat(linkStore.decision(links[0])).hasValueSatisfying(d -> assertThat(d.valuesAttached()).isEqualTo(1));

            // The email purpose asks for 0.95; a link a person checked is 1.0, so her email is released.
            assertThat(new Purposes(store).require("email").minLinkProbability()).isEqualTo(0.95);
            assertThat(emails(gate)).containsExactly(cara);

            LinkStore.Decided rejected = linkStore.decide(links[1], false, "rita");
            assertThat(rejected.valuesAttached()).isZero();
            assertThat(new PendingRows(store).rows(dataset, 0, 10)).extracting(PendingRow::line).containsExactly(devv);
            assertThat(count(store, "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND line_no = ? AND person_id IS NULL",
                    dataset, devv)).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM pending_consent WHERE dataset_id = ? AND line_no = ?", dataset, devv)).isEqualTo(1);
            assertThat(emails(gate)).containsExactly(cara);

            long attaches = new Ledger(store).latest(100, "data.attach").size();
            for (long link : links) {
                assertThatThrownBy(() -> linkStore.decide(link, true, "rita")).isInstanceOfSatisfying(HustingsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT)).hasMessageContaining("is not waiting for review");
            }
            assertThat(new Ledger(store).latest(100, "data.attach")).as("nothing attached twice").hasSize((int) attaches);
            assertThat(count(store, "SELECT count(*) FROM consent WHERE person_id = ?", cara)).isEqualTo(1);
            assertThat(new Ledger(store).verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aFailureInsideTheDecisionLeavesNothingAttached(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store);
            long dataset = signups(store, "signups.csv", "carla@example.org", "devv@example.org");
            long cara = person(store, "AA1-3");
            long carla = new PendingRows(store).rows(dataset, 0, 10).get(0).line();
            long link = reviewBand(store, dataset, new long[] {carla, cara})[0];
            long entries = new Ledger(store).latest(1000).size();

            // The process fails after every step of the decision ran, before the transaction commits: the attachment must not
            // have committed on its own (no nested write), so nothing of it is left.
            assertThatThrownBy(() -> store.write(c -> {
                assertThat(new LinkStore(store).decide(c, link, true, "rita").valuesAttached()).isEqualTo(1);
                throw new IllegalStateException("the power went off");
            })).hasMessageContaining("the power went off");

            assertThat(strings(store, "SELECT status FROM link WHERE id = ?", link)).containsExactly("review");
            assertThat(count(store, "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND person_id IS NOT NULL", dataset)).isZero();
            assertThat(new PendingRows(store).rows(dataset, 0, 10)).hasSize(2);
            assertThat(count(store, "SELECT count(*) FROM pending_consent WHERE dataset_id = ?", dataset)).isEqualTo(2);
            assertThat(new Consents(store).states(cara)).isEmpty();
            assertThat(new Ledger(store).latest(1000)).hasSize((int) entries);

            assertThat(new LinkStore(store).decide(link, true, "rita").valuesAttached()).as("the decision can be made again").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRowAlreadyAttachedToThePersonIsAcceptedWithNothingMoreAndAnotherPersonIsRefused(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store);
            long dataset = signups(store, "signups.csv", "carla@example.org", "devv@example.org");
            long cara = person(store, "AA1-3");
            long ann = person(store, "AA1-1");
            long carla = new PendingRows(store).rows(dataset, 0, 10).get(0).line();
            // Two runs queued the same row: for Cara twice, and once for Ann.
            long[] links = reviewBand(store, dataset, new long[] {carla, cara}, new long[] {carla, cara}, new long[] {carla, ann});
            LinkStore linkStore = new LinkStore(store);
            assertThat(linkStore.decide(links[0], true, "rita").valuesAttached()).isEqualTo(1);
            assertThat(linkStore.decide(links[1], true, "rita").valuesAttached()).isZero();
            assertThatThrownBy(() -> linkStore.decide(links[2], true, "rita")).isInstanceOfSatisfying(HustingsException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT)).hasMessageContaining("already attached to person " + cara);
            assertThat(strings(store, "SELECT status FROM link WHERE id = ?", links[2])).containsExactly("review");
            assertThat(count(store, "SELECT count(*) FROM consent WHERE person_id = ?", cara)).isEqualTo(1);
            assertThat(linkStore.decide(links[2], false, "rita").status()).isEqualTo("rejected");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRunOverAListThatIsNotPendingRowsOnlyRecordsTheDecision(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store);
            long dataset = signups(store, "signups.csv", "carla@example.org", "devv@example.org");
            long cara = person(store, "AA1-3");
            long carla = new PendingRows(store).rows(dataset, 0, 10).get(0).line();
            long link = reviewBand(store, "canvass.csv", dataset, new long[] {carla, cara})[0];
            LinkStore.Decided d = new LinkStore(store).decide(link, true, "rita");
            assertThat(d.status()).isEqualTo("accepted");
            assertThat(d.pendingRow()).isFalse();
            assertThat(d.valuesAttached()).isZero();
            assertThat(new PendingRows(store).rows(dataset, 0, 10)).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aLaterRunReusingAnAcceptanceAttachesAtOne(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store);
            long first = signups(store, "signups.csv", "carla@example.org", "devv@example.org");
            LinkSettings everythingReviewed = LinkSettings.defaults(Field.REGISTER).withThresholds(new Thresholds(1.0, 0.0));
            PendingLinkage.Result run = PendingLinkage.link(store, first, everythingReviewed, "tester");
            assertThat(run.rowsLinked()).isZero();
            List<LinkStore.ReviewItem> queue = new LinkStore(store).reviewQueue(run.run().runId());
            assertThat(queue).isNotEmpty();
            LinkStore.ReviewItem item = queue.get(0);
            LinkStore.Decided accepted = new LinkStore(store).decide(item.linkId(), true, "rita");
            assertThat(accepted.valuesAttached()).isEqualTo(1);

            // The same people sign up again with new addresses for their email: a new file, the same identity columns.
            long second = signups(store, "again.csv", "carla.new@example.org", "devv.new@example.org");
            PendingLinkage.Result again = PendingLinkage.link(store, second, everythingReviewed, "tester");
            assertThat(again.run().reused()).isEqualTo(1);
            assertThat(again.rowsLinked()).isEqualTo(1);
            long line = Long.parseLong(item.rowKey());
            assertThat(doubles(store, "SELECT link_probability FROM attribute_value WHERE dataset_id = ? AND line_no = ? AND person_id = ?",
                    second, line, item.personId())).containsExactly(1.0);
            assertThat(new Ledger(store).latest(1, "data.attach").get(0).detailsJson()).contains("\"model_probability\":");
        }
    }

    /** Queues review-band pairs {line, person} of a pending-row run over the dataset (probability 0.72); returns the link ids. */
    private static long[] reviewBand(Store store, long dataset, long[]... pairs) {
        return reviewBand(store, "dataset:" + dataset, dataset, pairs);
    }

    private static long[] reviewBand(Store store, String listName, long dataset, long[]... pairs) {
        return store.write(c -> {
            long run;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_run (list_name, dataset_id, model_sha256, model_json, "
                    + "link_threshold, review_threshold, list_rows, spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) "
                    + "VALUES (?, ?, ?, '{}', 0.9, 0.5, 2, 7, 14, 0, ?, 0, 'tester') RETURNING id")) {
                ps.setString(1, listName);
                ps.setLong(2, dataset);
                ps.setString(3, "c".repeat(64));
                ps.setLong(4, pairs.length);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    run = r.getLong(1);
                }
            }
            long[] ids = new long[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO link (run_id, dataset_id, row_key, person_id, elector_id, probability, "
                        + "weight, explanation, pair_key, status) VALUES (?, ?, ?, ?, ?, 0.72, 1.4, '{}', ?, 'review') RETURNING id")) {
                    ps.setLong(1, run);
                    ps.setLong(2, dataset);
                    ps.setString(3, Long.toString(pairs[i][0]));
                    ps.setLong(4, pairs[i][1]);
                    ps.setLong(5, pairs[i][1]);
                    ps.setString(6, String.format("%064d", run * 100 + i));
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        ids[i] = r.getLong(1);
                    }
                }
            }
            return ids;
        });
    }

    /** The people whose email the email purpose releases. */
    private static List<Long> emails(Gate gate) {
        GateResult r = gate.readAll("email", "olly", Selection.everyone());
        return r.values().stream().filter(v -> v.field().equals("email")).map(GatedValue::personId).toList();
    }

    /** Seven electors on one street in Adur, loaded through the real importer. */
    private void register(Store store) throws IOException {
        new Purposes(store).seedDefaults("test");
        List<RegisterEntry> entries = List.of(entry(2, "AA1-1", "Ann", "Abbott", "1 High Street"), entry(3, "AA1-2", "Bill", "Baker", "2 High Street"),
                entry(4, "AA1-3", "Cara", "Cole", "3 High Street"), entry(5, "AA1-4", "Dev", "Desai", "4 High Street"),
                entry(6, "AA1-5", "Eve", "Evans", "5 High Street"), entry(7, "AA1-6", "Fay", "Ford", "6 High Street"),
                entry(8, "AA1-7", "Gus", "Grant", "7 High Street"));
        RecordReader<RegisterEntry> reader = (file, sink, problems) -> {
            entries.forEach(sink);
            return new ReadSummary("test", entries.size(), entries.size(), 0);
        };
        Path file = dir.resolve("register.csv");
        Files.writeString(file, "a register");
        ImportOutcome out = new Importer(store).register(SourceFile.inspect(file), reader, new Importer.Request(LA, "Adur", "tester", null, null),
                LocalDate.of(2026, 12, 1));
        assertThat(out).isInstanceOf(ImportOutcome.Loaded.class);
    }

    private static RegisterEntry entry(long line, String number, String forenames, String surname, String street) {
        ElectorNumber n = ElectorNumber.parseCombined(number).orElseThrow();
        return new RegisterEntry(line, n.prefix(), n, Markers.NONE, null, null, null, forenames, null, surname, null,
                List.of(street, "Shoreham-by-Sea"), "BN43 5AA", false, null);
    }

    /** Web sign-ups of "Carla Cole" and "Devv Desai", each with a provable email consent: no exact key fits, so both wait. */
    private long signups(Store store, String name, String carlaEmail, String devvEmail) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER
                + carlaEmail + ",Carla,Cole,\"3 High Street, Shoreham-by-Sea\",BN43 5AA,2026-02-03T20:15:00Z,1,yes\n"
                + devvEmail + ",Devv,Desai,\"4 High Street, Shoreham-by-Sea\",BN43 5AA,2026-02-04T09:30:00Z,1,yes\n");
        DataLoad load = new DataImporter(store).load(SourceFile.inspect(file), DataMapping.read(Path.of("docs/examples/data/signup.mapping.json")),
                new DataImporter.Request(LA, "tester", null));
        assertThat(load.attachment().pending()).as(load.outcome().describe()).isEqualTo(2);
        return load.outcome().datasetId();
    }

    private static long person(Store store, String elector) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM elector WHERE elector_number = ?")) {
                ps.setString(1, elector);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static long count(Store store, String sql, Object... params) {
        return store.read(c -> {
            try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static List<Double> doubles(Store store, String sql, Object... params) {
        return store.read(c -> {
            List<Double> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getDouble(1));
                }
            }
            return out;
        });
    }

    private static List<String> strings(Store store, String sql, Object... params) {
        return store.read(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... params) throws java.sql.SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
