package org.hustings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.rights.RightsBench;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hustings bench rights}: the rights station's figures (issue 4) — access reply p99, PDF
 * render, erasure — on a fresh store per engine, loaded with a synthetic register and linked
 * broker datasets. A subcommand of {@code bench}.
 */
@Command(name = "rights", mixinStandardHelpOptions = true,
        description = {"Load N synthetic electors and D linked datasets into a fresh store per engine, then time the access reply "
                + "(UK GDPR Art 15), its PDF and erasure (Art 17) for S people each. Fresh databases and schemas are removed afterwards."})
final class BenchRightsCommand implements Runnable {
    @Spec CommandSpec spec;
    @Option(names = "--electors", paramLabel = "N", defaultValue = "100000", description = "Electors (default ${DEFAULT-VALUE}).") long electors;
    @Option(names = "--datasets", paramLabel = "D", defaultValue = "10", description = "Linked datasets, 2 fields per person each (default ${DEFAULT-VALUE}).")
    int datasets;
    @Option(names = "--samples", paramLabel = "S", defaultValue = "200", description = "People timed per operation (default ${DEFAULT-VALUE}).") int samples;
    @Option(names = "--stores", paramLabel = "LIST", defaultValue = "duckdb,postgresql", split = ",") List<String> stores;
    @Option(names = "--pg", paramLabel = "URL", defaultValue = "postgresql://postgres@127.0.0.1:5432/test",
            description = "The PostgreSQL server; a fresh schema is made and dropped (default ${DEFAULT-VALUE}).") String pg;
    @Option(names = "--work", paramLabel = "DIR", description = "Folder for DuckDB files (default: the system temp folder).") Path work;
    @Option(names = "--seed", defaultValue = "42") long seed;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("# hustings bench rights: %,d electors, %d linked datasets, %d people per operation, %s, %d cores, %s%n", electors, datasets,
                samples, System.getProperty("os.name") + " " + System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), LocalDate.now());
        out.println("| store | electors | attribute rows | load s | reply p50 ms | reply p99 ms | PDF p50 ms | PDF p99 ms | erasure p50 ms | erasure p99 ms |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.flush();
        for (String s : stores) {
            String kind = s.trim().toLowerCase(Locale.ROOT);
            RightsBench.Figures f = switch (kind) {
                case "duckdb" -> duckdb();
                case "postgresql", "postgres", "pg" -> postgres();
                default -> throw new HustingsException(ErrorCode.BAD_REQUEST, "There is no store '" + s + "'; the stores are: duckdb, postgresql");
            };
            out.printf("| %s | %,d | %,d | %.1f | %.1f | %.1f | %.0f | %.0f | %.1f | %.1f |%n", kind, f.electors(), f.attributeRows(), f.loadSeconds(),
                    f.reply().p50(), f.reply().p99(), f.pdf().p50(), f.pdf().p99(), f.erasure().p50(), f.erasure().p99());
            out.flush();
        }
    }

    private RightsBench.Figures duckdb() {
        try {
            Path dir = Files.createTempDirectory(work == null ? Path.of(System.getProperty("java.io.tmpdir")) : work, "bench-rights");
            try (Store store = Store.open(StoreLocation.embedded(dir.resolve("bench.duckdb")))) {
                return RightsBench.run(store, electors, datasets, samples, seed, dir);
            } finally {
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RightsBench.Figures postgres() {
        String schema = "bench_rights_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        StoreLocation loc = StoreLocation.parse(pg + (pg.contains("?") ? "&" : "?") + "schema=" + schema);
        try {
            Path dir = Files.createTempDirectory("bench-rights");
            try (Store store = Store.open(loc)) {
                return RightsBench.run(store, electors, datasets, samples, seed, dir);
            } finally {
                try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password()); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not drop the bench schema " + schema + ": " + e.getMessage(), e);
        }
    }
}
