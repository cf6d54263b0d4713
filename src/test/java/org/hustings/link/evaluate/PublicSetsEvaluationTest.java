package org.hustings.link.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hustings.link.Field;
import org.hustings.link.FieldKind;
import org.junit.jupiter.api.Test;

/**
 * The accuracy targets on the public sets in ../shared/data/linkage (never copied into
 * the repo). Skipped, by assumption, only when that folder is absent.
 */
class PublicSetsEvaluationTest {
    static final List<Field> FEBRL = List.of(
            new Field("given_name", FieldKind.GIVEN_NAME), new Field("surname", FieldKind.SURNAME),
            new Field("street_number", FieldKind.HOUSE_NUMBER), new Field("address_1", FieldKind.ADDRESS),
            new Field("address_2", FieldKind.ADDRESS), new Field("suburb", FieldKind.TOWN),
            new Field("postcode", FieldKind.POSTCODE), new Field("state", FieldKind.OTHER),
            new Field("date_of_birth", FieldKind.DOB), new Field("soc_sec_id", FieldKind.OTHER));

    /** The shared data folder, looked for beside the repository (main) or beside the worktree folder. */
    static Path data() {
        return Stream.of("../shared/data/linkage", "../../shared/data/linkage").map(Path::of)
                .filter(Files::isDirectory).findFirst().orElse(null);
    }

    @Test
    void febrl4() {
        Path d = data();
        assumeTrue(d != null, "the shared linkage data is absent");
        Evaluation.Report r = Evaluation.run(new Evaluation.Request(d.resolve("febrl/dataset4a.csv"), d.resolve("febrl/dataset4b.csv"),
                "rec_id", FEBRL, null, d.resolve("febrl/febrl4_true_links.csv"), null));
        assertThat(r.linker().f1()).isGreaterThanOrEqualTo(0.995);
        assertThat(r.linker().f1()).isGreaterThan(r.plainRule().f1() + 0.3);
    }

    @Test
    void febrl3() {
        Path d = data();
        assumeTrue(d != null, "the shared linkage data is absent");
        Evaluation.Report r = Evaluation.run(new Evaluation.Request(d.resolve("febrl/dataset3.csv"), null,
                "rec_id", FEBRL, null, d.resolve("febrl/febrl3_true_pairs.csv"), null));
        assertThat(r.linker().f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.linker().f1()).isGreaterThan(r.plainRule().f1() + 0.3);
    }

    @Test
    void fake1000() {
        Path d = data();
        assumeTrue(d != null, "the shared linkage data is absent");
        List<Field> fields = List.of(new Field("first_name", FieldKind.GIVEN_NAME), new Field("surname", FieldKind.SURNAME),
                new Field("dob", FieldKind.DOB), new Field("city", FieldKind.TOWN), new Field("email", FieldKind.EMAIL));
        Evaluation.Report r = Evaluation.run(new Evaluation.Request(d.resolve("fake_1000/fake_1000.csv"), null,
                "unique_id", fields, "cluster", null, null));
        assertThat(r.linker().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(r.linker().f1()).isGreaterThan(r.plainRule().f1() + 0.3);
    }
}
