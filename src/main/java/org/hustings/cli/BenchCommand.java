package org.hustings.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.bench.ImportBench;
import org.hustings.bench.ReportText;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.store.StoreKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hustings bench …}: measure Hustings against the raw engines on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Hustings against the raw database engines on this machine (synthetic data only).",
        subcommands = {BenchCommand.Import.class, LinkBenchCommand.class, BenchRightsCommand.class, BenchGateCommand.class})
final class BenchCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Generate a synthetic register of N electors, then per store time the engine's own bulk load of the file "
                    + "(DuckDB read_csv, PostgreSQL COPY), the Hustings import of it (parse, quarantine, load, person ids, ledger), "
                    + "and the engine's own load of the rows Hustings produced into a fresh elector table (typed, keyed, indexed).",
                "The import runs in its own JVM with a small heap (--heap), which proves it streams. Fresh databases and "
                    + "schemas are used and removed afterwards."})
    static final class Import implements Runnable {
        @Option(names = "--electors", paramLabel = "N", defaultValue = "1000000", description = "Electors to generate (default ${DEFAULT-VALUE}).")
        long electors;
        @Option(names = "--stores", paramLabel = "LIST", defaultValue = "duckdb,postgresql", split = ",",
                description = "Stores to measure: duckdb, postgresql (default ${DEFAULT-VALUE}).")
        List<String> stores;
        @Option(names = "--pg", paramLabel = "URL", defaultValue = "postgresql://postgres@127.0.0.1:5432/test",
                description = "The PostgreSQL server; a fresh schema is made and dropped (default ${DEFAULT-VALUE}).")
        String pg;
        @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "xpress", description = "Register layout to generate (default ${DEFAULT-VALUE}).")
        String layout;
        @Option(names = "--work", paramLabel = "DIR", description = "Folder for the generated file and DuckDB files (default: the system temp folder).")
        Path work;
        @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "256m", description = "-Xmx of the import JVM (default ${DEFAULT-VALUE}).")
        String heap;
        @Option(names = "--markdown", description = "Also print Markdown rows for BENCHMARKS.md, with the machine, date and this command.")
        boolean markdown;

        @Override
        public void run() {
            List<StoreKind> kinds = new ArrayList<>();
            for (String s : stores) {
                kinds.add(switch (s.trim().toLowerCase(Locale.ROOT)) {
                    case "duckdb" -> StoreKind.DUCKDB;
                    case "postgresql", "postgres", "pg" -> StoreKind.POSTGRESQL;
                    default -> throw new HustingsException(ErrorCode.BAD_REQUEST, "There is no store '" + s + "'; the stores are: duckdb, postgresql");
                });
            }
            RegisterLayout l = Arrays.stream(RegisterLayout.values()).filter(x -> x.id().equalsIgnoreCase(layout)).findFirst()
                    .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "There is no register layout '" + layout
                            + "'; the layouts are: " + Arrays.stream(RegisterLayout.values()).map(RegisterLayout::id).collect(Collectors.joining(", "))));
            Path dir = work != null ? work : Path.of(System.getProperty("java.io.tmpdir"));
            ImportBench.Report report = ImportBench.run(new ImportBench.Options(electors, kinds, pg, l, dir, heap), System.err);
            System.out.print(ReportText.table(report));
            if (markdown) {
                String command = String.format(Locale.ROOT, "hustings bench import --electors %d --stores %s --layout %s --heap %s",
                        electors, String.join(",", stores), l.id(), heap);
                System.out.println();
                System.out.print(ReportText.markdownHeader());
                System.out.print(ReportText.markdown(report, command));
            }
        }
    }
}
