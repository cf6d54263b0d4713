package org.hustings.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.store.StoreKind;
import org.junit.jupiter.api.Test;

/** A small run of the import benchmark on both stores: every phase runs, loads every row, and cleans up. */
class ImportBenchTest {

    @Test
    void measures_both_stores_and_leaves_nothing_behind() throws Exception {
        Path work = Files.createTempDirectory("bench-test");
        String pg = System.getenv().getOrDefault("HUSTINGS_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ImportBench.Report r = ImportBench.run(new ImportBench.Options(3000, List.of(StoreKind.DUCKDB, StoreKind.POSTGRESQL), pg,
                RegisterLayout.XPRESS, work, "128m"), new PrintStream(log, true));
        assertThat(r.results()).extracting(ImportBench.Result::store).containsExactly(StoreKind.DUCKDB, StoreKind.POSTGRESQL);
        for (ImportBench.Result x : r.results()) {
            assertThat(x.rows()).isEqualTo(3000);
            assertThat(x.loaded()).isEqualTo(3000);
            assertThat(x.rawNanos()).isPositive();
            assertThat(x.tableNanos()).isPositive();
            assertThat(x.importNanos()).isPositive();
            assertThat(x.peakHeap()).isPositive().isLessThanOrEqualTo(x.maxHeap());
        }
        try (var left = Files.list(work)) {
            assertThat(left).as("work folder emptied").isEmpty();
        }
        String md = ReportText.markdown(r, "hustings bench import --electors 3000");
        assertThat(md).contains("| 3,000 | duckdb |").contains("| 3,000 | postgresql |").contains("`hustings bench import --electors 3000`");
        assertThat(ReportText.table(r)).contains("duckdb").contains("postgresql");
    }
}
