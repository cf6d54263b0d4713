package org.hustings.link.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hustings.HustingsException;
import org.hustings.link.Field;
import org.hustings.link.FieldKind;
import org.hustings.link.Row;
import org.hustings.link.synth.Corruption;
import org.hustings.link.synth.CorruptedList;
import org.hustings.link.synth.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Evaluation} on synthetic CSVs it writes itself: always runs, no shared data needed. */
class EvaluationTest {
    @TempDir
    Path dir;

    @Test
    void linkingTwoFilesBeatsThePlainRuleByFar() throws IOException {
        Population pools = Population.pools(3);
        List<Row> register = pools.people(1_500, 4);
        CorruptedList list = CorruptedList.from(pools, register, 600, Corruption.TYPICAL, 5);
        Path a = write("list.csv", list.rows(), i -> list.truth()[i] < 0 ? "new-" + i : register.get(list.truth()[i]).id());
        Path b = write("register.csv", register, i -> register.get(i).id());

        Evaluation.Report r = Evaluation.run(new Evaluation.Request(a, b, "id", Population.FIELDS, "person", null, null));
        assertThat(r.mode()).isEqualTo("link");
        assertThat(r.linker().truePairs()).isEqualTo(java.util.Arrays.stream(list.truth()).filter(t -> t >= 0).count());
        assertThat(r.linker().f1()).isGreaterThan(0.9);
        assertThat(r.linker().f1()).isGreaterThan(r.plainRule().f1() + 0.2);
        assertThat(r.candidates().pairs()).isPositive();
        assertThat(r.blockingRecall()).isBetween(r.linker().recall(), 1.0);
    }

    @Test
    void deduplicatingOneFileWithATruePairsFile() throws IOException {
        Population pools = Population.pools(3);
        List<Row> register = pools.people(700, 8);
        CorruptedList copies = CorruptedList.from(pools, register, 300, Corruption.TYPICAL, 9);
        List<Row> all = new ArrayList<>(register);
        all.addAll(copies.rows());
        Path file = write("all.csv", all, i -> "");
        StringBuilder truth = new StringBuilder("id_l,id_r\n");
        for (int i = 0; i < copies.rows().size(); i++) {
            if (copies.truth()[i] >= 0) {
                truth.append(copies.rows().get(i).id()).append(',').append(register.get(copies.truth()[i]).id()).append('\n');
            }
        }
        Path pairs = Files.writeString(dir.resolve("truth.csv"), truth);
        Evaluation.Report r = Evaluation.run(new Evaluation.Request(file, null, "id", Population.FIELDS, null, pairs, null));
        assertThat(r.mode()).isEqualTo("dedupe");
        assertThat(r.linker().f1()).isGreaterThan(0.85);
        assertThat(r.linker().f1()).isGreaterThan(r.plainRule().f1() + 0.2);
        assertThat(r.linkerPairwise()).isNotNull();
    }

    @Test
    void aDuplicateIdOrMissingColumnIsNamedWithFileLineAndField() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "id,surname\n1,Smith\n2,Jones\n1,Brown\n");
        List<Field> fields = List.of(new Field("surname", FieldKind.SURNAME));
        assertThatThrownBy(() -> Evaluation.run(new Evaluation.Request(bad, null, "id", fields, "surname", null, null)))
                .isInstanceOf(HustingsException.class)
                .hasMessageContaining("bad.csv, line 4, field id: the id '1' was already used on line 2");
        List<Field> wrong = List.of(new Field("forename", FieldKind.GIVEN_NAME));
        assertThatThrownBy(() -> Evaluation.run(new Evaluation.Request(bad, null, "id", wrong, "surname", null, null)))
                .hasMessageContaining("has no column 'forename'. Its columns are: id, surname");
        assertThatThrownBy(() -> new Evaluation.Request(bad, null, "id", fields, null, null, null))
                .hasMessageContaining("either as a cluster column or as a file of true pairs");
    }

    private Path write(String name, List<Row> rows, java.util.function.IntFunction<String> cluster) throws IOException {
        StringBuilder b = new StringBuilder("id");
        for (Field f : Population.FIELDS) {
            b.append(',').append(f.name());
        }
        b.append(",person\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            b.append(r.id());
            for (String v : r.values()) {
                b.append(',').append(v == null ? "" : '"' + v.replace("\"", "\"\"") + '"');
            }
            b.append(',').append(cluster.apply(i)).append('\n');
        }
        return Files.writeString(dir.resolve(name), b);
    }
}
