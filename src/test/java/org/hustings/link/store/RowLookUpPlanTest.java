package org.hustings.link.store;

import java.util.List;
import org.hustings.store.QueryPlans;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Finding a row's pairs (deciding a pair, attaching a row by hand) is an index look-up by the row
 * key on both engines (V54, docs/adr/0135), not a read of the whole review queue: the plan of the
 * real query names the index ({@link QueryPlans}).
 */
class RowLookUpPlanTest {
    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRowsPairsAreFoundByTheRowKeyIndex(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            for (int line = 1; line <= 40; line++) {
                PendingSeed.reviewPair(t.store(), 77, line, 1000 + line, line, 0.9);
            }
            QueryPlans.assertUsesIndex(t, LinkStore.ROW_LINKS, List.of("17"), "link", "link_row_key");
        }
    }
}
