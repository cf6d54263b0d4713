package org.hustings.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    @Test
    void theShippedTaxonomyLoadsAndKnowsItsHierarchy() {
        Taxonomy t = Taxonomy.standard();
        assertThat(t.version()).isEqualTo(1);
        assertThat(t.within("political.voting_intention", "political")).isTrue();
        assertThat(t.within("political", "political.voting_intention")).isFalse();
        assertThat(t.requireCategory("political.voting_intention").special()).isTrue();
        assertThat(t.requireCategory("political.voting_intention").law()).contains("Art 9(1)");
        assertThat(t.requireCategory("ethnicity.estimated").neverReleased()).isTrue();
        assertThat(t.article6("public_task").orElseThrow().statutoryOnly()).isTrue();
        Article9Condition party = t.article9("political_party").orElseThrow();
        assertThat(party.article()).contains("Sch 1 para 22");
        assertThat(t.covers(party, "political.voting_intention")).isTrue();
        assertThat(t.covers(party, "health.disability")).isFalse();
        assertThat(t.statute("register").orElseThrow().legalReference()).contains("regs 103-105 and 114-115");
        assertThat(t.statute("marked_register").orElseThrow().allowedUse()).containsExactlyInAnyOrder("electoral", "research");
    }

    @Test
    void everyErrorIsReportedTogether() {
        var cats = new TaxonomyLoader.CategoryFile(1, "bad", List.of(
                new DataCategory("political", null, "Political", true, false, "Art 9(1)"),
                new DataCategory("political.view", "political", "View", false, false, "Art 9(1)"),
                new DataCategory("Bad Key", null, "Bad", false, false, "x"),
                new DataCategory("orphan.child", "orphan", "Orphan", false, false, ""),
                new DataCategory("plain", null, "Plain", false, true, "x")));
        var bases = new TaxonomyLoader.BasesFile(1, List.of(), List.of(
                new Article9Condition("c", "Art 9(2)(x)", "c", "c", false, List.of("nowhere"))));
        var statutes = new TaxonomyLoader.StatutesFile(1, List.of(new StatutorySource("register", "register", "R", "elector; DROP TABLE",
                "public_task", "", List.of(), java.util.Set.of("nonsense"), "r", List.of(new StatutoryField("x y", "f", "unknown")))));
        assertThatThrownBy(() -> TaxonomyLoader.check(cats, bases, statutes)).hasMessageContainingAll(
                "'political.view' is not special but its parent 'political' is",
                "'Bad Key' is not a lower-case dotted key",
                "'orphan.child' names parent 'orphan', which is not defined",
                "'orphan.child' cites no law",
                "'plain' is never released but not marked special",
                "covers unknown category 'nowhere'",
                "names table 'elector; DROP TABLE'",
                "unknown Article 6 basis 'public_task'",
                "cites no law",
                "allows unknown use 'nonsense'",
                "column 'x y' is not a plain column name",
                "unknown category 'unknown'");
    }
}
