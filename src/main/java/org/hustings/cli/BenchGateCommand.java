package org.hustings.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.bench.GateBench;
import org.hustings.store.StoreKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hustings bench gate}: the purpose gate's overhead (issue 3) — a gated read for canvassing
 * over N people against a plain SELECT of the same rows and register columns, per store.
 */
@Command(name = "gate", mixinStandardHelpOptions = true,
        description = {"Load N synthetic electors into a fresh store per engine (not timed), warm up, then time — alternating, median of "
                + "--runs — a plain SELECT of the current electors and the register columns the gate releases for canvassing, and the gated "
                + "read of the same people (ledger entry included); prints the ratio gated/plain (issue 3 asks for at most 2) and the median "
                + "of each run's own ratio. Fresh databases and schemas are removed afterwards."})
final class BenchGateCommand implements Runnable {
    @Option(names = "--electors", paramLabel = "N", defaultValue = "1000000", description = "Electors (default ${DEFAULT-VALUE}).") long electors;
    @Option(names = "--stores", paramLabel = "LIST", defaultValue = "duckdb,postgresql", split = ",",
            description = "Stores to measure: duckdb, postgresql (default ${DEFAULT-VALUE}).") List<String> stores;
    @Option(names = "--pg", paramLabel = "URL", defaultValue = "postgresql://postgres@127.0.0.1:5432/test",
            description = "The PostgreSQL server; a fresh schema is made and dropped (default ${DEFAULT-VALUE}).") String pg;
    @Option(names = "--work", paramLabel = "DIR", description = "Folder for the generated files and DuckDB files (default: the system temp folder).")
    Path work;
    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs of each read (default ${DEFAULT-VALUE}).")
    int runs;
    @Option(names = "--markdown", description = "Also print Markdown rows for BENCHMARKS.md, with the machine, date, load average and this command.")
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
        List<GateBench.Figures> figures = GateBench.run(new GateBench.Options(electors, kinds, pg, work, runs), System.err);
        System.out.print(GateBench.table(figures));
        if (markdown) {
            String command = String.format(Locale.ROOT, "hustings bench gate --electors %d --stores %s --runs %d --markdown", electors,
                    String.join(",", stores), runs);
            System.out.println();
            System.out.print(GateBench.markdownHeader());
            System.out.print(GateBench.markdown(figures, command));
        }
    }
}
