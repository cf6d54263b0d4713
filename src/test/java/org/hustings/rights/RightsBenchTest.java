package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code bench rights} end to end on a small register, both stores: what it loads and that it times what it says (no times asserted). */
class RightsBenchTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void datasetsCoverRPeopleEachAndTheTimedPeopleAreInAll(StoreKind kind) throws Exception {
        Path work = Files.createTempDirectory("rights-bench");
        try (var t = TestStores.open(kind)) {
            RightsBench.Figures f = RightsBench.run(t.store(), new RightsBench.Plan(2_000, 3, 500, 5, 7), work, line -> { });
            assertThat(f.rowsPerDataset()).isEqualTo(500);
            assertThat(f.attributeRows()).isEqualTo(3 * 500 * 2);
            assertThat(f.samples()).isEqualTo(5);
            assertThat(f.reply().p50()).isPositive();
            assertThat(f.erasure().p99()).isGreaterThanOrEqualTo(f.erasure().p50());
            assertThat(f.search().p50()).isPositive();
            assertThat(f.searchFound()).isEqualTo(Math.min(f.samples(), RightsBench.SEARCHES));
            // Every dataset has 500 distinct people; 20 of them (2 × 5 timed + 10 warm-up) are in all three.
            long inAll = ActingOnRightsTest.count(t.store(), "SELECT count(*) FROM (SELECT person_id FROM attribute_value WHERE field = 'income' "
                    + "GROUP BY person_id HAVING count(DISTINCT dataset_id) = 3) x");
            long erased = ActingOnRightsTest.count(t.store(), "SELECT count(DISTINCT person_id) FROM person_flag WHERE flag = 'erased'");
            assertThat(erased).isEqualTo(5);
            assertThat(inAll).as("the timed people not erased (5 replied + 10 warm-up) are in every dataset").isGreaterThanOrEqualTo(15);
            assertThat(ActingOnRightsTest.count(t.store(), "SELECT count(DISTINCT person_id) FROM attribute_value WHERE dataset_id = "
                    + "(SELECT min(id) FROM dataset WHERE file_name = 'bench-1.csv')")).as("500 people, less the 5 erased, who were in it too")
                    .isEqualTo(500 - 5);
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
