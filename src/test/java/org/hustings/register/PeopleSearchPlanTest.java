package org.hustings.register;

import java.util.List;
import org.hustings.store.QueryPlans;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of search is an index lookup on both engines (V52), not a scan of the register: the
 * plan of the real query names the index. On PostgreSQL sequential scans are switched off for the
 * check (and set back after), since on a table this small the planner would rightly prefer one; what is checked is that
 * the query's key is the index's key (a changed expression would silently scan 46 million rows).
 */
class PeopleSearchPlanTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void everyKindOfSearchUsesItsIndex(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            PeopleSeed.seed(t.store());
            assertUses(t, PeopleQuery.of("O'Neill", "Siob", null, null, null, null, null), "elector_surname_key");
            assertUses(t, PeopleQuery.of(null, null, "BN43 6AA", null, null, null, null), "elector_postcode");
            assertUses(t, PeopleQuery.of(null, null, null, "AA-2", null, null, null), "elector_elector_number");
            assertUses(t, PeopleQuery.of(null, null, null, null, "3", null, null), "elector_person");
            // The next page is the same lookup with the page key as one more filter.
            assertUses(t, PeopleQuery.of("Jones", null, null, null, null, "150", null), "elector_surname_key");
            // Two fields: the first is the lookup, the other a filter on what it found.
            assertUses(t, PeopleQuery.of("Smith", null, "BN43 6AB", null, null, null, null), "elector_postcode");
            // Then the page's rows, whole, by primary key (DuckDB reads a run of consecutive ids as a range, by zone maps).
            assertUses(t, PeopleSearch.entriesSql(3), List.of(2L, 9L, 150L), "elector_pkey");
        }
    }

    private static void assertUses(TestStores.TestStore t, PeopleQuery q, String index) {
        PeopleSearch.Lookup lookup = PeopleSearch.lookup(q, List.of(PeopleSeed.ADUR_EDITION, PeopleSeed.ARUN_EDITION),
                q.after() == null ? null : "JONES|PERSON|50 LONG ROAD SHOREHAM |BN437ZZ");
        assertUses(t, lookup.sql(), lookup.args(), index);
    }

    private static void assertUses(TestStores.TestStore t, String sql, List<Object> args, String index) {
        QueryPlans.assertUsesIndex(t, sql, args, "elector", index);
    }
}
