package org.hustings.link.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hustings.link.store.SignupFixture.count;
import static org.hustings.link.store.SignupFixture.doubles;
import static org.hustings.link.store.SignupFixture.person;
import static org.hustings.link.store.SignupFixture.strings;

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
    void aRowAttachedAnotherWayIsAcceptedWithNothingMoreAndAnotherPersonIsRefused(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store);
            long dataset = signups(store, "signups.csv", "carla@example.org", "devv@example.org");
            long cara = person(store, "AA1-3");
            long ann = person(store, "AA1-1");
            long carla = new PendingRows(store).rows(dataset, 0, 10).get(0).line();
            // A run queued the row for Cara and for Ann; then staff attached it to Cara by hand (hustings import attach).
            long[] links = reviewBand(store, dataset, new long[] {carla, cara}, new long[] {carla, ann});
            assertThat(new PendingRows(store).attach(dataset, carla, cara, 0.99, "olly")).isEqualTo(1);
            LinkStore linkStore = new LinkStore(store);
            assertThatThrownBy(() -> linkStore.decide(links[1], true, "rita")).isInstanceOfSatisfying(HustingsException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT)).hasMessageContaining("already attached to person " + cara);
            assertThat(strings(store, "SELECT status FROM link WHERE id = ?", links[1])).containsExactly("review");
            LinkStore.Decided d = linkStore.decide(links[0], true, "rita");
            assertThat(d.valuesAttached()).isZero();
            assertThat(d.superseded()).as("Ann's pair for the row closes").isEqualTo(1);
            assertThat(strings(store, "SELECT status FROM link WHERE id = ?", links[1])).containsExactly("superseded");
            assertThat(count(store, "SELECT count(*) FROM consent WHERE person_id = ?", cara)).isEqualTo(1);
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
        return SignupFixture.reviewBand(store, "dataset:" + dataset, dataset, pairs);
    }

    private static long[] reviewBand(Store store, String listName, long dataset, long[]... pairs) {
        return SignupFixture.reviewBand(store, listName, dataset, pairs);
    }

    /** The people whose email the email purpose releases. */
    private static List<Long> emails(Gate gate) {
        GateResult r = gate.readAll("email", "olly", Selection.everyone());
        return r.values().stream().filter(v -> v.field().equals("email")).map(GatedValue::personId).toList();
    }

    private void register(Store store) throws IOException {
        SignupFixture.register(store, dir);
    }

    private long signups(Store store, String name, String carlaEmail, String devvEmail) throws IOException {
        return SignupFixture.signups(store, dir, name, carlaEmail, devvEmail);
    }
}
