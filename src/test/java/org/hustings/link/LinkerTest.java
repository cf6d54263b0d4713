package org.hustings.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hustings.HustingsException;
import org.hustings.link.synth.CorruptedList;
import org.hustings.link.synth.Population;
import org.junit.jupiter.api.Test;

class LinkerTest {

    @Test
    void linksACorruptedListBackToItsRegisterWithoutLabels() {
        List<Row> register = Synthetic.register(4_000, 11);
        CorruptedList list = Synthetic.list(register, 1_500, 12);
        Linker linker = Linker.prepare(Population.FIELDS, list.rows(), register, Synthetic.settings());
        assertThat(linker.candidates().pairs()).isPositive();
        assertThat(linker.candidates().perRule()).hasSize(Synthetic.settings().blocking().size());
        Linkage result = linker.train().link();

        long truePairs = java.util.Arrays.stream(list.truth()).filter(t -> t >= 0).count();
        long correct = result.linked().stream().filter(p -> list.truth()[p.left()] == p.right()).count();
        double precision = (double) correct / result.linked().size();
        double recall = (double) correct / truePairs;
        assertThat(precision).isGreaterThan(0.97);
        assertThat(recall).isGreaterThan(0.90);
        // one-to-one: no row on either side is used twice
        Set<Integer> lefts = new HashSet<>();
        Set<Integer> rights = new HashSet<>();
        for (Decision d : result.decisions()) {
            assertThat(lefts.add(d.pair().left())).isTrue();
            assertThat(rights.add(d.pair().right())).isTrue();
            assertThat(d).isNotInstanceOf(Decision.Rejected.class);
        }
    }

    @Test
    void deduplicatesAListIntoClusters() {
        List<Row> register = Synthetic.register(1_000, 21);
        CorruptedList copies = Synthetic.list(register, 600, 22);
        List<Row> all = new java.util.ArrayList<>(register);
        all.addAll(copies.rows());
        Deduplication d = Linker.prepare(Population.FIELDS, all, null, Synthetic.settings()).train().dedupe();
        int joined = 0;
        for (int i = 0; i < copies.rows().size(); i++) {
            int origin = copies.truth()[i];
            if (origin >= 0 && d.clusterOf()[register.size() + i] == d.clusterOf()[origin]) {
                joined++;
            }
        }
        long expected = java.util.Arrays.stream(copies.truth()).filter(t -> t >= 0).count();
        assertThat((double) joined / expected).isGreaterThan(0.85);
        assertThat(d.linked()).allSatisfy(p -> assertThat(p.probability()).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void theModelSavesAsJsonAndGivesTheSameLinksWhenLoaded() {
        List<Row> register = Synthetic.register(1_000, 31);
        List<Row> list = Synthetic.list(register, 300, 32).rows();
        Linker trained = Linker.prepare(Population.FIELDS, list, register, Synthetic.settings()).train();
        String json = trained.model().toJson();
        LinkModel loaded = LinkModel.fromJson(json);
        assertThat(loaded).isEqualTo(trained.model());
        assertThat(loaded.sha256()).isEqualTo(trained.model().sha256()).hasSize(64);
        Linker reused = Linker.prepare(Population.FIELDS, list, register, Synthetic.settings()).use(loaded);
        assertThat(reused.link().decisions()).isEqualTo(trained.link().decisions());
    }

    @Test
    void thresholdsSortPairsIntoLinkReviewAndReject() {
        Thresholds t = new Thresholds(0.9, 0.5);
        assertThat(Decision.of(new ScoredPair(0, 0, 5, 0.95), t)).isInstanceOf(Decision.Linked.class);
        assertThat(Decision.of(new ScoredPair(0, 0, 0, 0.6), t)).isInstanceOf(Decision.ForReview.class);
        assertThat(Decision.of(new ScoredPair(0, 0, -5, 0.2), t)).isInstanceOf(Decision.Rejected.class);
        assertThatThrownBy(() -> new Thresholds(0.5, 0.9)).isInstanceOf(HustingsException.class).hasMessageContaining("review <= link");
    }

    @Test
    void anUnknownKindOrBlockingFieldFailsInPlainWords() {
        assertThatThrownBy(() -> FieldKind.parse("shoe_size")).hasMessageContaining("Valid kinds: given_name, surname");
        List<Row> rows = Synthetic.register(50, 1);
        LinkSettings s = Synthetic.settings().withBlocking(List.of(BlockingRule.parse("soundex(nickname)+dob")));
        assertThatThrownBy(() -> Linker.prepare(Population.FIELDS, rows, rows, s))
                .isInstanceOf(HustingsException.class).hasMessageContaining("names the field 'nickname'");
        assertThatThrownBy(() -> BlockingRule.parse("metaphone(surname)")).hasMessageContaining("unknown function");
    }

    @Test
    void smallInputsAreComparedExhaustively() {
        List<Row> register = Synthetic.register(200, 41);
        Linker small = Linker.prepare(Population.FIELDS, register.subList(0, 100), register, Synthetic.settings());
        assertThat(small.candidates().pairs()).isEqualTo(100L * 200);
        Linker blocked = Linker.prepare(Population.FIELDS, register.subList(0, 100), register, Synthetic.settings().withExhaustiveBelow(0));
        assertThat(blocked.candidates().pairs()).isLessThan(100L * 200).isGreaterThanOrEqualTo(100);
    }
}
