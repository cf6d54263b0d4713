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
import org.hustings.rights.SecretFile;
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
        description = {"Load N synthetic electors and D linked datasets into a fresh store per engine, then time finding the person "
                + "(by name and postcode, at most 30 people), the access reply (UK GDPR Art 15), its PDF and erasure (Art 17) for S people each. Fresh databases and schemas are removed afterwards.",
            "Each dataset covers R people (--dataset-rows); the timed people are in every dataset, so their replies are the worst case.",
            "The 10M run: hustings bench rights --electors 10000000 --dataset-rows 1000000 --work DIR (DuckDB needs ~10 GB there)."})
final class BenchRightsCommand implements Runnable {
    @Spec CommandSpec spec;
    @Option(names = "--electors", paramLabel = "N", defaultValue = "100000", description = "Electors (default ${DEFAULT-VALUE}).") long electors;
    @Option(names = "--datasets", paramLabel = "D", defaultValue = "10", description = "Linked datasets, 2 fields per person each (default ${DEFAULT-VALUE}).")
    int datasets;
    @Option(names = "--dataset-rows", paramLabel = "R", defaultValue = "1000000",
            description = "People in each dataset (default ${DEFAULT-VALUE}; 0 = every elector). Real broker files cover part of the electorate.")
    long datasetRows;
    @Option(names = "--samples", paramLabel = "S", defaultValue = "200", description = "People timed per operation (default ${DEFAULT-VALUE}).") int samples;
    @Option(names = "--stores", paramLabel = "LIST", defaultValue = "duckdb,postgresql", split = ",") List<String> stores;
    @Option(names = "--pg", paramLabel = "URL", defaultValue = "postgresql://postgres@127.0.0.1:5432/test",
            description = "The PostgreSQL server; a fresh schema is made and dropped (default ${DEFAULT-VALUE}).") String pg;
    @Option(names = "--work", paramLabel = "DIR", description = "Folder for DuckDB files (default: the system temp folder).") Path work;
    @Option(names = "--seed", defaultValue = "42") long seed;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        long perDataset = datasetRows <= 0 ? Long.MAX_VALUE : datasetRows;
        out.printf("# hustings bench rights: %,d electors, %d linked datasets of %s people, %d people per operation, %s, %d cores, %s, "
                        + "load average %s%n", electors, datasets, perDataset == Long.MAX_VALUE ? "all" : String.format("%,d", Math.min(perDataset, electors)),
                samples, System.getProperty("os.name") + " " + System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), LocalDate.now(),
                loadAverage());
        out.println("| store | electors | rows per dataset | attribute rows | load s | reply p50 ms | reply p99 ms | PDF p50 ms | PDF p99 ms "
                + "| erasure p50 ms | erasure p99 ms | search p50 ms | search p99 ms | found | load average after |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        out.flush();
        for (String s : stores) {
            String kind = s.trim().toLowerCase(Locale.ROOT);
            RightsBench.Figures f = switch (kind) {
                case "duckdb" -> duckdb();
                case "postgresql", "postgres", "pg" -> postgres();
                default -> throw new HustingsException(ErrorCode.BAD_REQUEST, "There is no store '" + s + "'; the stores are: duckdb, postgresql");
            };
            out.printf("| %s | %,d | %,d | %,d | %.1f | %.1f | %.1f | %.0f | %.0f | %.1f | %.1f | %.0f | %.0f | %d of %d | %s |%n", kind,
                    f.electors(), f.rowsPerDataset(), f.attributeRows(), f.loadSeconds(), f.reply().p50(), f.reply().p99(), f.pdf().p50(),
                    f.pdf().p99(), f.erasure().p50(), f.erasure().p99(), f.search().p50(), f.search().p99(), f.searchFound(),
                    Math.min(f.samples(), RightsBench.SEARCHES), loadAverage());
            out.flush();
        }
    }

    private RightsBench.Plan plan() {
        return new RightsBench.Plan(electors, datasets, datasetRows <= 0 ? Long.MAX_VALUE : datasetRows, samples, seed);
    }

    private final long started = System.nanoTime();

    private void progress(String what) {
        System.err.printf("bench rights: %5.0f s  %s (load average %s)%n", (System.nanoTime() - started) / 1e9, what, loadAverage());
    }

    /** The 1, 5 and 15 minute load averages, where the system tells them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            return os.getSystemLoadAverage() < 0 ? "unknown" : String.format("%.2f", os.getSystemLoadAverage());
        }
    }

    private RightsBench.Figures duckdb() {
        try {
            Path dir = Files.createTempDirectory(work == null ? Path.of(System.getProperty("java.io.tmpdir")) : work, "bench-rights");
            try (Store store = Store.open(StoreLocation.embedded(dir.resolve("bench.duckdb")))) {
                return RightsBench.run(store, plan(), dir, this::progress);
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
            // The suppression secret of this throw-away schema goes in the temp folder, not the user's config folder.
            String before = System.getProperty(SecretFile.PROPERTY);
            System.setProperty(SecretFile.PROPERTY, dir.resolve("bench.secret").toString());
            try (Store store = Store.open(loc)) {
                return RightsBench.run(store, plan(), dir, this::progress);
            } finally {
                if (before == null) {
                    System.clearProperty(SecretFile.PROPERTY);
                } else {
                    System.setProperty(SecretFile.PROPERTY, before);
                }
                try (var walk = Files.walk(dir)) {
                    walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
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
