package org.hustings.link.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hustings.HustingsException;
import org.hustings.link.Field;
import org.hustings.link.LinkSettings;
import org.hustings.link.Row;
import org.hustings.link.Thresholds;
import org.hustings.link.synth.Corruption;
import org.hustings.link.synth.CorruptedList;
import org.hustings.link.synth.Population;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Linking a list to the spine, the review queue and reused decisions, on both engines. */
class LinkStoreTest {
    private static final Population POOLS = Population.pools(5);

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void linksAListToTheSpineAndKeepsReviewDecisions(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            List<Row> people = POOLS.people(400, 6);
            SpineSeed.insert(store, people);
            CorruptedList list = CorruptedList.from(POOLS, people, 150, Corruption.TYPICAL, 7);
            LinkStore links = new LinkStore(store);

            assertThat(links.spine().rows()).hasSize(400);   // the anonymous elector is not on it
            LinkSettings settings = LinkSettings.defaults(Field.REGISTER).withThresholds(new Thresholds(0.995, 0.05));
            LinkStore.RunResult run = links.run("canvass.csv", null, list.rows(), settings, "tester");
            assertThat(run.linked()).isGreaterThan(90);
            assertThat(run.modelSha256()).hasSize(64);
            assertThat(count(store, "SELECT count(*) FROM link WHERE run_id = " + run.runId())).isEqualTo(run.linked() + run.forReview());
            // links point at the person the list row was made from, and a purpose may ask for a minimum probability
            String linkedRow = firstLinkedRow(store, run.runId());
            assertThat(links.linkedPerson(run.runId(), linkedRow, 0.995)).isPresent();
            assertThat(links.linkedPerson(run.runId(), linkedRow, 1.01)).isEmpty();
            assertThat(correctLinks(store, list, people)).isGreaterThan((long) (run.linked() * 0.97));

            List<LinkStore.ReviewItem> queue = links.reviewQueue(run.runId());
            assertThat(queue).hasSize((int) run.forReview()).isNotEmpty();
            assertThat(queue.get(0).explanation()).contains("\"parts\"", "\"list\"", "\"register\"");
            LinkStore.ReviewItem first = queue.get(0);
            links.decide(first.linkId(), true, "reviewer");
            LinkStore.ReviewItem last = queue.get(queue.size() - 1);
            links.decide(last.linkId(), false, "reviewer");
            assertThat(links.reviewQueue(run.runId())).hasSize(queue.size() - 2);
            assertThatThrownBy(() -> links.decide(first.linkId(), false, "reviewer"))
                    .isInstanceOf(HustingsException.class).hasMessageContaining("is not waiting for review (it is accepted)");
            assertThatThrownBy(() -> links.decide(999_999L, true, "reviewer")).hasMessageContaining("There is no link 999999");

            assertThat(links.linkedPerson(run.runId(), first.rowKey(), 0.999999)).hasValue(first.personId());
            assertThat(links.linkedPerson(run.runId(), last.rowKey(), 0.0)).isEmpty();

            LinkStore.RunResult again = links.run("canvass.csv", null, list.rows(), settings, "tester");
            assertThat(again.reused()).isEqualTo(2);
            // The pairs still waiting from the first run are not queued again (one row, one decision; docs/adr/0135).
            assertThat(again.forReview()).isZero();
            assertThat(again.alreadyQueued()).isEqualTo(run.forReview() - 2);
            assertThat(links.reviewQueue(null)).hasSize(queue.size() - 2);
            assertThat(count(store, "SELECT count(*) FROM link WHERE run_id = " + again.runId() + " AND status = 'accepted' AND decided_by = 'reviewer'"))
                    .isEqualTo(1);
            assertThat(count(store, "SELECT count(*) FROM link_run")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void linkingToAnEmptySpineIsRefusedInPlainWords(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            LinkStore links = new LinkStore(t.store());
            assertThatThrownBy(() -> links.run("x.csv", null, POOLS.people(5, 1), LinkSettings.defaults(Field.REGISTER), "tester"))
                    .isInstanceOf(HustingsException.class).hasMessageContaining("The spine is empty");
        }
    }

    private static long correctLinks(Store store, CorruptedList list, List<Row> people) {
        return store.read(c -> {
            long ok = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT row_key, person_id FROM link WHERE status = 'linked'");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    int row = Integer.parseInt(r.getString(1).substring(1)) - 1;
                    int truth = list.truth()[row];
                    ok += truth >= 0 && r.getLong(2) == 1000 + truth ? 1 : 0;
                }
            }
            return ok;
        });
    }

    private static String firstLinkedRow(Store store, long runId) {
        return store.read(c -> {
            try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT row_key FROM link WHERE status = 'linked' AND run_id = "
                    + runId + " ORDER BY id LIMIT 1")) {
                r.next();
                return r.getString(1);
            }
        });
    }

    private static long count(Store store, String sql) {
        return store.read(c -> {
            try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
