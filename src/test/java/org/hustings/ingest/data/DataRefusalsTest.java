package org.hustings.ingest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hustings.ingest.data.World.count;
import static org.hustings.ingest.data.World.mapping;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Problem;
import org.hustings.ingest.RejectionThreshold;
import org.hustings.provenance.PublicTask;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad rows quarantined exactly; too many refuse the file whole; missing or unlawful provenance refuses it with the reason. */
class DataRefusalsTest {
    private static final String BAD = """
            Elector No,Name,Address,Postcode,Outcome,Intention,Issues,Email,Email OK,Visited
            AA1-1,Ann Abbott,"1 High Street, Shoreham-by-Sea",BN43 5AA,spoke,ours,,,,2026-03-07
            AA1-2,Bill Baker,"2 High Street, Shoreham-by-Sea",BN43 5AA,spoke,maybe,,,,2026-03-07
            AA1-3,Cara Cole,"3 High Street, Shoreham-by-Sea",BN43 XXX,spoke,ours,,,,2026-03-07
            AA1-x,Dev Desai,"4 High Street, Shoreham-by-Sea",BN43 5AA,spoke,ours,,,,2026-03-07
            AA1-5,Eve Evans,"5 High Street, Shoreham-by-Sea",BN43 5AA,spoke,ours,,eve@,perhaps,2026-03-07
            AA1-6,John Smith,"6 High Street, Shoreham-by-Sea",BN43 5AA,spoke,ours,,,,2026-03-07
            ,,,,spoke,ours,,,,
            """;

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void badRowsAreQuarantinedWithLineFieldAndCode(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            DataLoad load = new DataImporter(t.store()).load(World.write(dir, "returns.csv", BAD), mapping("canvass"),
                    new DataImporter.Request(World.LA, "tester", RejectionThreshold.parse("90%")));
            assertThat(load.outcome()).as(load.describe()).isInstanceOf(ImportOutcome.Loaded.class);
            long ds = load.outcome().datasetId();
            assertThat(load.outcome().firstProblems()).extracting(Problem::line, Problem::field, Problem::code).containsExactly(
                    tuple(3L, "Intention", "unknown-value"),
                    tuple(4L, "Postcode", "bad-postcode"),
                    tuple(5L, "Elector No", "bad-elector-number"),
                    tuple(6L, "Email", "bad-email"),
                    tuple(6L, "Email OK", "bad-consent"),
                    tuple(8L, null, "no-identity"));
            assertThat(count(t.store(), "SELECT count(*) FROM problem WHERE dataset_id = ? AND severity = 'rejected'", ds)).isEqualTo(6);
            assertThat(count(t.store(), "SELECT count(*) FROM problem WHERE dataset_id = ? AND line_no = 4 AND field = 'Postcode' "
                    + "AND code = 'bad-postcode' AND value = 'BN43 XXX' AND file_name = 'returns.csv'", ds)).isEqualTo(1);
            assertThat(count(t.store(), "SELECT rows_rejected FROM dataset WHERE id = ?", ds)).isEqualTo(5);
            // the two good rows loaded, the bad ones did not
            assertThat(count(t.store(), "SELECT count(DISTINCT line_no) FROM attribute_value WHERE dataset_id = ?", ds)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void overTheThresholdTheFileIsRefusedWholeAndNothingIsStored(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            long ledger = count(t.store(), "SELECT count(*) FROM ledger_entry");
            DataLoad load = new DataImporter(t.store()).load(World.write(dir, "returns.csv", BAD), mapping("canvass"),
                    new DataImporter.Request(World.LA, "tester", null));
            assertThat(load.outcome()).isInstanceOf(ImportOutcome.Refused.class);
            assertThat(load.describe()).contains("5 of 7 rows were rejected", "5.0% of the rows");
            long ds = load.outcome().datasetId();
            assertThat(count(t.store(), "SELECT count(*) FROM dataset WHERE id = ? AND status = 'refused'", ds)).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM problem WHERE dataset_id = ?", ds)).isEqualTo(6);
            assertThat(count(t.store(), "SELECT count(DISTINCT line_no) FROM problem WHERE dataset_id = ?", ds)).isEqualTo(5);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM pending_row")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM dataset_field")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM consent")).isZero();
            // the source declaration (configuration) and the refusal are ledgered; no load is
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry WHERE action = 'import.refused' AND subject = ?", "dataset:" + ds))
                    .isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry WHERE action IN ('import.data', 'dataset.declare')")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry")).isEqualTo(ledger + 3);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aFileWithoutTheMappedColumnsIsRefusedWithTheMissingColumns(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            DataLoad load = new DataImporter(t.store()).load(World.write(dir, "other.csv", "Name,Postcode\nAnn Abbott,BN43 5AA\n"),
                    mapping("broker"), new DataImporter.Request(World.LA, "tester", null));
            assertThat(load.outcome()).isInstanceOf(ImportOutcome.Refused.class);
            assertThat(load.outcome().firstProblems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.code()).isEqualTo("missing-column");
                assertThat(p.message()).contains("Full name", "Income band", "acme-lifestyle-v3");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aSourceThatWasNeverDeclaredIsRefused(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            String json = Files.readString(World.EXAMPLES.resolve("broker.mapping.json"));
            String undeclared = json.substring(0, json.indexOf("  \"declare\"")) + json.substring(json.indexOf("  \"identity\""));
            DataMapping m = DataMapping.parse(undeclared, "undeclared.mapping.json");
            assertThatThrownBy(() -> new DataImporter(t.store()).load(World.example("broker-lifestyle.csv"), m,
                    new DataImporter.Request(World.LA, "tester", null)))
                    .isInstanceOfSatisfying(HustingsException.class, e -> assertThat(e.getMessage())
                            .contains("source 'acme-lifestyle' is not declared"));
            assertThat(count(t.store(), "SELECT count(*) FROM dataset WHERE kind = 'data.broker'")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void publicTaskClaimedForBoughtDataIsRefusedWithTheReason(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            String json = Files.readString(World.EXAMPLES.resolve("broker.mapping.json"))
                    .replace("\"article6\": \"legitimate_interests\"", "\"article6\": \"public_task\"");
            DataMapping m = DataMapping.parse(json, "public-task.mapping.json");
            assertThatThrownBy(() -> new DataImporter(t.store()).load(World.example("broker-lifestyle.csv"), m,
                    new DataImporter.Request(World.LA, "tester", null)))
                    .isInstanceOfSatisfying(HustingsException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                        assertThat(e.getMessage()).contains(PublicTask.REASON);
                    });
            assertThat(count(t.store(), "SELECT count(*) FROM source WHERE code = 'acme-lifestyle'")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aFieldWhoseCategoryIsNotInTheTaxonomyRefusesTheLoad(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            String json = Files.readString(World.EXAMPLES.resolve("broker.mapping.json"))
                    .replace("\"category\": \"education.level\"", "\"category\": \"education.guessed\"");
            DataMapping m = DataMapping.parse(json, "unknown-category.mapping.json");
            assertThatThrownBy(() -> new DataImporter(t.store()).load(World.example("broker-lifestyle.csv"), m,
                    new DataImporter.Request(World.LA, "tester", null)))
                    .hasMessageContaining("'education.guessed' is not a data category in the taxonomy");
            assertThat(count(t.store(), "SELECT count(*) FROM dataset WHERE kind = 'data.broker'")).isZero();
        }
    }
}
