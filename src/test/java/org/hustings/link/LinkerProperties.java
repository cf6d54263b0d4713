package org.hustings.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The linker's promises, for any synthetic population. */
class LinkerProperties {

    @Property(tries = 8)
    void aRecordAlwaysLinksToItself(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Row> people = Synthetic.register(300, seed);
        Linkage result = Linker.prepare(org.hustings.link.synth.Population.FIELDS, people, people, Synthetic.settings()).train().link();
        assertThat(result.linked()).hasSize(people.size());
        for (ScoredPair p : result.linked()) {
            assertThat(p.right()).as("row %d", p.left()).isEqualTo(p.left());
        }
    }

    @Property(tries = 4)
    void linkingIsDeterministicForASeed(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Row> register = Synthetic.register(400, seed);
        List<Row> list = Synthetic.list(register, 200, seed + 1).rows();
        LinkSettings s = Synthetic.settings().withSeed(seed);
        Linker a = Linker.prepare(org.hustings.link.synth.Population.FIELDS, list, register, s).train();
        Linker b = Linker.prepare(org.hustings.link.synth.Population.FIELDS, list, register, s.withThreads(1)).train();
        assertThat(a.model().toJson()).isEqualTo(b.model().toJson());
        assertThat(a.link().decisions()).isEqualTo(b.link().decisions());
    }

    @Property(tries = 3)
    void explanationsAddUpToTheWeight(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                      @ForAll @IntRange(min = 0, max = 149) int left) {
        List<Row> register = Synthetic.register(300, seed);
        List<Row> list = Synthetic.list(register, 150, seed + 1).rows();
        Linker linker = Linker.prepare(org.hustings.link.synth.Population.FIELDS, list, register, Synthetic.settings()).train();
        for (int right = 0; right < register.size(); right += 7) {
            Explanation e = linker.explain(left, right);
            assertThat(e.sumOfParts()).isCloseTo(e.weight(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(e.weight()).isEqualTo(linker.score(left, right).weight());
            double w = e.weight();
            assertThat(linker.weightAtLeast(left, right, w - 1)).isEqualTo(w);
            assertThat(linker.weightAtLeast(left, right, w + 1e-9)).isIn(w, Double.NEGATIVE_INFINITY);
            assertThat(e.parts()).hasSize(linker.model().fields().size());
            assertThat(e.parts()).extracting(Explanation.Part::field).contains("given_name", "dob", "address");
        }
    }
}
