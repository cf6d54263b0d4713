package org.hustings.link.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hustings.link.store.SignupFixture.count;
import static org.hustings.link.store.SignupFixture.person;
import static org.hustings.link.store.SignupFixture.register;
import static org.hustings.link.store.SignupFixture.reviewBand;
import static org.hustings.link.store.SignupFixture.signups;
import static org.hustings.link.store.SignupFixture.strings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.data.PendingRow;
import org.hustings.ingest.data.PendingRows;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.link.Field;
import org.hustings.link.LinkSettings;
import org.hustings.link.Row;
import org.hustings.link.Thresholds;
import org.hustings.rights.Requests;
import org.hustings.rights.ReviewBand;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row, one decision (docs/adr/0134), on both stores: running the linker again over a dataset's
 * pending rows does not queue a row twice with the same candidate; accepting one candidate for a row
 * closes the row's other pairs as 'superseded'; a rejection closes only the row's copies of the same
 * pair; a row the linker attaches closes its open pairs; and the review queue never shows a closed pair.
 */
class OneRowOneDecisionTest {
    private static final LinkSettings EVERYTHING_REVIEWED = LinkSettings.defaults(Field.REGISTER).withThresholds(new Thresholds(1.0, 0.0));

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void runningTheLinkerAgainDoesNotQueueARowTwice(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store, dir);
            long dataset = signups(store, dir, "signups.csv", "carla@example.org", "devv@example.org");
            PendingLinkage.Result first = PendingLinkage.link(store, dataset, EVERYTHING_REVIEWED, "tester");
            assertThat(first.run().forReview()).isEqualTo(2);
            assertThat(first.run().alreadyQueued()).isZero();
            LinkStore links = new LinkStore(store);
            List<Long> queued = links.reviewQueue(null).stream().map(LinkStore.ReviewItem::linkId).toList();
            assertThat(queued).hasSize(2);

            PendingLinkage.Result second = PendingLinkage.link(store, dataset, EVERYTHING_REVIEWED, "tester");
            assertThat(second.run().forReview()).isZero();
            assertThat(second.run().alreadyQueued()).isEqualTo(2);
            assertThat(second.rowsWaiting()).isEqualTo(2);
            assertThat(links.reviewQueue(null)).as("the queued pairs are kept, not doubled").extracting(LinkStore.ReviewItem::linkId)
                    .containsExactlyElementsOf(queued);
            assertThat(count(store, "SELECT count(*) FROM link WHERE run_id = ?", second.run().runId())).isZero();
            RecordedEntry run = new Ledger(store).latest(1, "link.run").get(0);
            assertThat(run.detailsJson()).contains("\"already_queued\":2", "\"for_review\":0");
            assertOnlyOpenPairsAreQueued(store);

            // One decision answers the row: nothing of it waits in the queue any more, in any run.
            LinkStore.Decided d = links.decide(queued.get(0), true, "rita");
            assertThat(d.valuesAttached()).isEqualTo(1);
            assertThat(d.superseded()).isZero();
            assertThat(links.reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).containsExactly(queued.get(1));
            assertOnlyOpenPairsAreQueued(store);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void acceptingOneCandidateForARowSupersedesTheOthers(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            Waiting w = carlaAndDevvWait(store, dir);
            LinkStore links = new LinkStore(store);
            assertThat(links.reviewQueue(null)).hasSize(4);
            ReviewBand band = new ReviewBand(store, new Requests(store));
            assertThat(band.forPerson(w.ann())).as("a subject access request for Ann lists the pair").hasSize(1);

            LinkStore.Decided d = links.decide(w.firstRun()[0], true, "rita");
            assertThat(d.valuesAttached()).isEqualTo(1);
            assertThat(d.superseded()).isEqualTo(2);
            assertThat(strings(store, "SELECT status FROM link WHERE id = ? OR id = ?", w.secondRun()[0], w.secondRun()[1]))
                    .containsExactly("superseded", "superseded");
            assertThat(strings(store, "SELECT decided_by FROM link WHERE id = ? OR id = ?", w.secondRun()[0], w.secondRun()[1]))
                    .containsExactly("rita", "rita");
            assertThat(links.reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).containsExactly(w.firstRun()[1]);
            assertThat(links.reviewQueue(runOf(store, w.secondRun()[0]))).isEmpty();
            assertOnlyOpenPairsAreQueued(store);
            assertThat(band.forPerson(w.ann())).as("a superseded pair is not listed on a request").isEmpty();
            assertThat(band.forPerson(w.bill())).isEmpty();

            RecordedEntry decide = new Ledger(store).latest(1, "link.decide").get(0);
            assertThat(decide.detailsJson()).contains("\"decision\":\"accept\"", "\"superseded\":2", "\"values_attached\":1");
            assertThat(new Ledger(store).personsOf(decide.seq())).as("the closed pairs' candidates are named for subject access")
                    .containsExactlyInAnyOrder(w.cara(), w.ann(), w.bill());
            assertThat(links.decision(w.firstRun()[0])).hasValueSatisfying(x -> assertThat(x.superseded()).isEqualTo(2));

            for (long closed : w.secondRun()) {
                assertThatThrownBy(() -> links.decide(closed, true, "rita")).isInstanceOfSatisfying(HustingsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT)).hasMessageContaining("superseded");
                assertThatThrownBy(() -> links.decide(closed, false, "rita")).isInstanceOf(HustingsException.class);
            }
            assertThat(links.decision(w.secondRun()[0])).as("a superseded pair is no decision").isEmpty();
            assertThat(count(store, "SELECT count(*) FROM link_decision")).as("only the acceptance is kept as a decision").isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM consent WHERE person_id = ?", w.cara())).isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM attribute_value WHERE person_id = ? OR person_id = ?", w.ann(), w.bill())).isZero();
            assertThat(new Ledger(store).verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRejectionThenALaterAcceptanceOfAnotherCandidate(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store, dir);
            long dataset = signups(store, dir, "signups.csv", "carla@example.org", "devv@example.org");
            long cara = person(store, "AA1-3");
            long ann = person(store, "AA1-1");
            long carla = new PendingRows(store).rows(dataset, 0, 10).get(0).line();
            long[] pairs = reviewBand(store, "dataset:" + dataset, dataset, new long[] {carla, ann}, new long[] {carla, cara});
            LinkStore links = new LinkStore(store);

            LinkStore.Decided rejected = links.decide(pairs[0], false, "rita");
            assertThat(rejected.superseded()).as("a rejection answers only its own pair").isZero();
            assertThat(links.reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).containsExactly(pairs[1]);
            assertThat(new Ledger(store).latest(1, "link.decide").get(0).detailsJson()).contains("\"decision\":\"reject\"", "\"superseded\":0");

            LinkStore.Decided accepted = links.decide(pairs[1], true, "rita");
            assertThat(accepted.valuesAttached()).isEqualTo(1);
            assertThat(accepted.superseded()).as("the rejected pair stays rejected").isZero();
            assertThat(strings(store, "SELECT status FROM link WHERE id = ? OR id = ? ORDER BY id", pairs[0], pairs[1]))
                    .containsExactly("rejected", "accepted");
            assertThat(strings(store, "SELECT decision FROM link_decision ORDER BY decision")).containsExactly("accept", "reject");
            assertThat(links.reviewQueue(null)).isEmpty();
            assertThat(new PendingRows(store).rows(dataset, 0, 10)).extracting(PendingRow::line).doesNotContain(carla);
            assertOnlyOpenPairsAreQueued(store);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRejectionClosesOnlyTheRowsCopiesOfTheSamePair(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store, dir);
            long dataset = signups(store, dir, "signups.csv", "carla@example.org", "devv@example.org");
            long cara = person(store, "AA1-3");
            long ann = person(store, "AA1-1");
            long carla = new PendingRows(store).rows(dataset, 0, 10).get(0).line();
            // Queued before runs stopped doubling pairs: the same pair for Carla's row in two runs, and Ann for it too.
            long[] first = reviewBand(store, "dataset:" + dataset, dataset, new long[] {carla, ann}, new long[] {carla, cara});
            long[] second = reviewBand(store, "dataset:" + dataset, dataset, new long[] {carla, ann});
            LinkStore links = new LinkStore(store);

            LinkStore.Decided rejected = links.decide(first[0], false, "rita");
            assertThat(rejected.superseded()).isEqualTo(1);
            assertThat(strings(store, "SELECT status FROM link WHERE id = ?", second[0])).containsExactly("superseded");
            assertThat(links.reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).containsExactly(first[1]);
            assertThat(links.decision(first[0])).hasValueSatisfying(x -> assertThat(x.superseded()).isEqualTo(1));
            assertThat(links.decide(first[1], true, "rita").valuesAttached()).isEqualTo(1);
            assertOnlyOpenPairsAreQueued(store);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anotherCandidateForAQueuedRowIsQueuedBesideIt(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store, dir);
            long dataset = signups(store, dir, "signups.csv", "carla@example.org", "devv@example.org");
            long ann = person(store, "AA1-1");
            long bill = person(store, "AA1-2");
            List<PendingRow> waiting = new PendingRows(store).rows(dataset, 0, 10);
            // An earlier run left both rows waiting with candidates the linker does not pick now.
            long[] earlier = reviewBand(store, "dataset:" + dataset, dataset, new long[] {waiting.get(0).line(), ann},
                    new long[] {waiting.get(1).line(), bill});
            PendingLinkage.Result run = PendingLinkage.link(store, dataset, EVERYTHING_REVIEWED, "tester");
            assertThat(run.run().alreadyQueued()).isZero();
            assertThat(run.run().forReview()).isEqualTo(2);
            assertThat(new LinkStore(store).reviewQueue(null)).hasSize(4).extracting(LinkStore.ReviewItem::linkId).contains(earlier[0], earlier[1]);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void rowsTheLinkerAttachesLeaveTheQueue(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store, dir);
            long dataset = signups(store, dir, "signups.csv", "carla@example.org", "devv@example.org");
            long ann = person(store, "AA1-1");
            long carla = new PendingRows(store).rows(dataset, 0, 10).get(0).line();
            PendingLinkage.link(store, dataset, EVERYTHING_REVIEWED, "tester");
            reviewBand(store, "dataset:" + dataset, dataset, new long[] {carla, ann});
            assertThat(new LinkStore(store).reviewQueue(null)).hasSize(3);

            // A lower link threshold: the linker now attaches both rows itself.
            LinkSettings eager = LinkSettings.defaults(Field.REGISTER).withThresholds(new Thresholds(0.001, 0.0));
            PendingLinkage.Result run = PendingLinkage.link(store, dataset, eager, "tester");
            assertThat(run.rowsLinked()).isEqualTo(2);
            assertThat(run.pairsSuperseded()).isEqualTo(3);
            assertThat(new LinkStore(store).reviewQueue(null)).isEmpty();
            assertThat(count(store, "SELECT count(*) FROM link WHERE status = 'superseded'")).isEqualTo(3);
            RecordedEntry closed = new Ledger(store).latest(1, "link.supersede").get(0);
            assertThat(closed.subject()).isEqualTo("dataset:" + dataset);
            assertThat(closed.detailsJson()).contains("\"superseded\":3", "\"attached_by_run\":" + run.run().runId());
            assertThat(new Ledger(store).personsOf(closed.seq())).contains(ann);
            assertOnlyOpenPairsAreQueued(store);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRowAttachedByHandClosesItsOpenPairs(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            Waiting w = carlaAndDevvWait(store, dir);
            LinkStore links = new LinkStore(store);
            ReviewBand band = new ReviewBand(store, new Requests(store));
            assertThat(band.forPerson(w.ann())).hasSize(1);

            LinkStore.Attached a = links.attach(List.of(new PendingRows.Link(w.dataset(), w.carla(), w.cara(), 1.0)), "dora");
            assertThat(a.valuesAttached()).isEqualTo(1);
            assertThat(a.superseded()).as("every open pair of the row, the one naming Cara too").isEqualTo(3);
            assertThat(strings(store, "SELECT status FROM link WHERE id IN (?, ?, ?)", w.firstRun()[0], w.secondRun()[0], w.secondRun()[1]))
                    .containsOnly("superseded").hasSize(3);
            assertThat(strings(store, "SELECT decided_by FROM link WHERE id IN (?, ?, ?)", w.firstRun()[0], w.secondRun()[0], w.secondRun()[1]))
                    .containsOnly("dora");
            assertThat(links.reviewQueue(null)).as("the other row still waits").extracting(LinkStore.ReviewItem::linkId)
                    .containsExactly(w.firstRun()[1]);
            assertThat(band.forPerson(w.ann())).isEmpty();
            assertOnlyOpenPairsAreQueued(store);
            assertThat(count(store, "SELECT count(*) FROM link_decision")).as("closing a pair is no decision on it").isZero();

            RecordedEntry attach = new Ledger(store).latest(1, "data.attach").get(0);
            assertThat(attach.actor()).isEqualTo("dora");
            assertThat(attach.detailsJson()).contains("\"superseded\":3", "\"values\":1", "\"line\":" + w.carla());
            assertThat(new Ledger(store).personsOf(attach.seq())).as("the closed pairs' candidates are named for subject access")
                    .containsExactlyInAnyOrder(w.cara(), w.ann(), w.bill());
            assertThat(new Ledger(store).latest(5, "link.supersede")).as("counted in the attachment's own entry").isEmpty();

            for (long closed : new long[] {w.firstRun()[0], w.secondRun()[0]}) {
                assertThatThrownBy(() -> links.decide(closed, true, "rita")).isInstanceOfSatisfying(HustingsException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT)).hasMessageContaining("superseded");
            }

            // All or nothing: a refused attachment closes nothing.
            assertThatThrownBy(() -> links.attach(List.of(new PendingRows.Link(w.dataset(), w.devv(), 999_999, 1.0)), "dora"))
                    .isInstanceOfSatisfying(HustingsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
            assertThat(strings(store, "SELECT status FROM link WHERE id = ?", w.firstRun()[1])).containsExactly("review");
            assertThat(links.attach(List.of(new PendingRows.Link(w.dataset(), w.devv(), w.dev(), 0.9)), "dora"))
                    .isEqualTo(new LinkStore.Attached(1, 1));
            assertThat(links.reviewQueue(null)).isEmpty();
            assertThat(new Ledger(store).verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRowsLookUpKeepsToItsOwnList(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store, dir);
            long first = signups(store, dir, "signups.csv", "carla@example.org", "devv@example.org");
            long second = signups(store, dir, "signups-2.csv", "carla.cole@example.org", "devv.desai@example.org");
            long cara = person(store, "AA1-3");
            long ann = person(store, "AA1-1");
            long line = new PendingRows(store).rows(first, 0, 10).get(0).line();
            assertThat(new PendingRows(store).rows(second, 0, 10).get(0).line()).as("the same line in both files").isEqualTo(line);
            long[] mine = reviewBand(store, "dataset:" + first, first, new long[] {line, cara}, new long[] {line, ann});
            long[] theirs = reviewBand(store, "dataset:" + second, second, new long[] {line, cara}, new long[] {line, ann});
            long[] csv = reviewBand(store, "canvass.csv", first, new long[] {line, ann});
            LinkStore links = new LinkStore(store);

            assertThat(links.decide(mine[0], true, "rita").superseded()).isEqualTo(1);
            assertThat(links.attach(List.of(new PendingRows.Link(second, line, ann, 1.0)), "dora").superseded()).isEqualTo(2);
            assertThat(links.reviewQueue(null)).as("a row key of another list is another row").extracting(LinkStore.ReviewItem::linkId)
                    .containsExactly(csv[0]);
            assertThat(strings(store, "SELECT status FROM link WHERE id IN (?, ?, ?, ?) ORDER BY id", mine[0], mine[1], theirs[0], theirs[1]))
                    .containsExactly("accepted", "superseded", "superseded", "superseded");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aCsvListRunAgainDoesNotQueueAPairTwice(StoreKind kind) throws IOException {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            register(store, dir);
            List<Row> list = List.of(new Row("c1", new String[] {"Carla", "Cole", null, "3", "3 High Street", "Shoreham-by-Sea", "BN43 5AA"}),
                    new Row("d1", new String[] {"Devv", "Desai", null, "4", "4 High Street", "Shoreham-by-Sea", "BN43 5AA"}));
            LinkStore links = new LinkStore(store);
            LinkStore.RunResult run = links.run("canvass.csv", null, list, EVERYTHING_REVIEWED, "tester");
            assertThat(run.forReview()).isPositive();
            List<Long> queued = links.reviewQueue(null).stream().map(LinkStore.ReviewItem::linkId).toList();

            LinkStore.RunResult again = links.run("canvass.csv", null, list, EVERYTHING_REVIEWED, "tester");
            assertThat(again.forReview()).isZero();
            assertThat(again.alreadyQueued()).isEqualTo(run.forReview());
            assertThat(links.reviewQueue(null)).extracting(LinkStore.ReviewItem::linkId).containsExactlyInAnyOrderElementsOf(queued);
            assertThat(count(store, "SELECT count(*) FROM link WHERE run_id = ?", again.runId())).isZero();
            assertThat(new Ledger(store).latest(1, "link.run").get(0).detailsJson())
                    .contains("\"already_queued\":" + run.forReview(), "\"for_review\":0");

            // A decided pair is reused by the next run, as for a dataset's pending rows: not queued again.
            LinkStore.ReviewItem decided = links.reviewQueue(null).get(0);
            links.decide(decided.linkId(), false, "rita");
            LinkStore.RunResult third = links.run("canvass.csv", null, list, EVERYTHING_REVIEWED, "tester");
            assertThat(third.reused()).isEqualTo(1);
            assertThat(third.forReview()).isZero();
            assertThat(third.alreadyQueued()).isEqualTo(run.forReview() - 1);
            assertThat(strings(store, "SELECT status FROM link WHERE run_id = ?", third.runId())).containsExactly("rejected");
            assertOnlyOpenPairsAreQueued(store);

            // Another list is another list: its rows are queued for themselves.
            LinkStore.RunResult other = links.run("door-knock.csv", null, list, EVERYTHING_REVIEWED, "tester");
            assertThat(other.forReview()).isEqualTo(run.forReview() - 1);
            assertThat(other.alreadyQueued()).isZero();
        }
    }

    /** The review queue holds exactly the pairs with status 'review': never a decided or superseded one. */
    /** Carla's sign-up row waits with three candidates over two pending-row runs (Cara, then Ann and Bill); Devv's with one (Dev). */
    private record Waiting(long dataset, long cara, long ann, long bill, long dev, long carla, long devv, long[] firstRun, long[] secondRun) {
    }

    private static Waiting carlaAndDevvWait(Store store, Path dir) throws IOException {
        register(store, dir);
        long dataset = signups(store, dir, "signups.csv", "carla@example.org", "devv@example.org");
        long cara = person(store, "AA1-3");
        long ann = person(store, "AA1-1");
        long bill = person(store, "AA1-2");
        long dev = person(store, "AA1-4");
        List<PendingRow> waiting = new PendingRows(store).rows(dataset, 0, 10);
        long carla = waiting.get(0).line();
        long devv = waiting.get(1).line();
        long[] firstRun = reviewBand(store, "dataset:" + dataset, dataset, new long[] {carla, cara}, new long[] {devv, dev});
        long[] secondRun = reviewBand(store, "dataset:" + dataset, dataset, new long[] {carla, ann}, new long[] {carla, bill});
        return new Waiting(dataset, cara, ann, bill, dev, carla, devv, firstRun, secondRun);
    }

    private static void assertOnlyOpenPairsAreQueued(Store store) {
        List<LinkStore.ReviewItem> queue = new LinkStore(store).reviewQueue(null);
        assertThat((long) queue.size()).isEqualTo(count(store, "SELECT count(*) FROM link WHERE status = 'review'"));
        for (LinkStore.ReviewItem item : queue) {
            assertThat(strings(store, "SELECT status FROM link WHERE id = ?", item.linkId())).containsExactly("review");
        }
    }

    private static long runOf(Store store, long linkId) {
        return count(store, "SELECT run_id FROM link WHERE id = ?", linkId);
    }
}
