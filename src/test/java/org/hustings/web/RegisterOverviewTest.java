package org.hustings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.hustings.register.Marker;
import org.hustings.register.RegisterOverview;
import org.hustings.register.RegisterOverview.DistrictCount;
import org.hustings.register.RegisterOverview.MarkerCount;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Register page's read model on both stores (kept with the web tests: it exists for the page). */
class RegisterOverviewTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void countsCurrentEntriesByDistrictAndMarker(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            RegisterSeed.seed(t.store());
            RegisterOverview o = new RegisterOverview(t.store());

            assertThat(o.editions()).extracting(e -> e.id(), e -> e.laName(), e -> e.status(), e -> e.entries(), e -> e.carried(), e -> e.notCarried())
                    .containsExactly(tuple(101L, "Testbury District", "current", 7L, 1L, 1L), tuple(100L, "Testbury District", "superseded", 2L, 0L, 0L));

            var d = o.edition(RegisterSeed.EDITION).orElseThrow();
            assertThat(d.edition().publishedOn()).hasToString("2025-12-01");
            assertThat(d.districts()).containsExactly(new DistrictCount("AA", 4), new DistrictCount("AB", 3));
            assertThat(d.markers()).extracting(MarkerCount::marker, MarkerCount::entries).containsExactly(
                    tuple("N", 1L), tuple("F", 2L), tuple("M", 0L), tuple("L", 0L), tuple("G", 1L), tuple("B", 0L),
                    tuple("K", 0L), tuple("E", 0L), tuple("Z", 1L), tuple("other", 1L));
            assertThat(d.markers().get(0).meaning()).isEqualTo(Marker.N.meaning());
            assertThat(d.markers().get(9).meaning()).contains("(Q)");
            assertThat(d.unmarked()).isEqualTo(2);
            assertThat(o.edition(999)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void listsTheLatestImportsAndTheirProblems(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            RegisterSeed.seed(t.store());
            RegisterOverview o = new RegisterOverview(t.store());

            var page = o.datasets(2, 0);
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.items()).extracting(x -> x.id(), x -> x.status(), x -> x.rowsRejected(), x -> x.problems())
                    .containsExactly(tuple(202L, "refused", 3L, 3L), tuple(201L, "loaded", 1L, 2L));
            assertThat(page.items().get(0).loadedAt()).hasToString("2026-01-05T09:30:00Z");
            assertThat(o.datasets(2, 2).items()).extracting(x -> x.id()).containsExactly(200L);

            var problems = o.problems(RegisterSeed.REFUSED_DATASET, 2, 1);
            assertThat(problems.total()).isEqualTo(3);
            assertThat(problems.items()).extracting(p -> p.line(), p -> p.field(), p -> p.value())
                    .containsExactly(tuple(3L, "Surname", RegisterSeed.HOSTILE_VALUE), tuple(4L, null, null));
            assertThat(o.dataset(999)).isEmpty();
        }
    }
}
