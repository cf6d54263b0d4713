package org.hustings.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.store.StoreKind;
import org.hustings.store.StoreLocation;
import org.hustings.synth.Manifest;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticFiles;

/**
 * {@code hustings bench import}: generates a register of N electors (timed, not counted), then per
 * store measures the raw engine load of the file and the Hustings import of it, in one run.
 */
public final class ImportBench {
    private ImportBench() {
    }

    /**
     * What to measure.
     *
     * @param electors rows in the generated register
     * @param stores   the stores to measure, in order
     * @param postgres the PostgreSQL server (a fresh schema is made in it for each load, and dropped)
     * @param layout   the register layout to generate
     * @param work     a folder for the generated file and the DuckDB files (all deleted after)
     * @param heap     the {@code -Xmx} of the JVM the Hustings import runs in, e.g. 256m
     */
    public record Options(long electors, List<StoreKind> stores, String postgres, RegisterLayout layout, Path work, String heap) {
        public Options {
            if (stores.isEmpty()) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "Name at least one store to measure: duckdb, postgresql.");
            }
            if (!heap.matches("\\d+[kKmMgG]?")) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "--heap must be a JVM heap size such as 256m; got " + heap);
            }
            stores = List.copyOf(stores);
        }
    }

    /** One store's figures. */
    public record Result(StoreKind store, long rows, long rawNanos, long tableNanos, long importNanos, long loaded, long peakHeap,
                         long maxHeap, double loadBefore) {
        public double rawRowsPerSecond() {
            return rows / (rawNanos / 1e9);
        }

        public double importRowsPerSecond() {
            return rows / (importNanos / 1e9);
        }

        /** Hustings import speed as a share of the raw engine load speed. */
        public double ratio() {
            return rawNanos / (double) importNanos;
        }

        public double tableRowsPerSecond() {
            return rows / (tableNanos / 1e9);
        }

        /** Hustings import speed as a share of the engine's own load of the same rows into the elector table. */
        public double tableRatio() {
            return tableNanos / (double) importNanos;
        }
    }

    /** The whole run: how the file was made, and each store's figures. */
    public record Report(long electors, String layout, long fileBytes, long generateNanos, List<Result> results, Machine machine) {
    }

    public static Report run(Options o, PrintStream log) {
        try {
            Files.createDirectories(o.work());
            Path dir = Files.createTempDirectory(o.work(), "bench-");
            try {
                long start = System.nanoTime();
                SynthSpec spec = SynthSpec.of(42, o.electors(), SynthSpec.districtsFor(o.electors()));
                // UTF-8, so that both engines' CSV readers take exactly the file Hustings reads.
                Manifest m = SyntheticFiles.write(spec, new SyntheticFiles.Options(o.layout(), null, StandardCharsets.UTF_8), dir, n -> { });
                long generated = System.nanoTime() - start;
                Path file = dir.resolve(m.files().get(0).file());
                log.printf("Generated %,d electors (%s, %,d bytes) in %.1f s%n", o.electors(), o.layout().id(), Files.size(file), generated / 1e9);
                List<Result> results = new ArrayList<>();
                for (StoreKind kind : o.stores()) {
                    results.add(measure(kind, file, o, log));
                }
                return new Report(o.electors(), o.layout().id(), Files.size(file), generated, results, Machine.current());
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Could not use the work folder " + o.work() + ": " + e.getMessage(), e);
        }
    }

    private static Result measure(StoreKind kind, Path file, Options o, PrintStream log) throws IOException {
        double load = Machine.loadAverage();
        StoreLocation server = kind == StoreKind.POSTGRESQL ? StoreLocation.parse(o.postgres()) : null;
        log.printf("%s: raw engine load…%n", kind.name().toLowerCase());
        RawLoad.Timing raw = kind == StoreKind.DUCKDB ? RawLoad.duckDb(file, file.getParent()) : RawLoad.postgres(file, server);
        log.printf("%s: raw %,d rows in %.1f s; Hustings import (-Xmx%s)…%n", kind.name().toLowerCase(), raw.rows(), raw.nanos() / 1e9, o.heap());
        String schema = "bench_" + Long.toHexString(System.nanoTime());
        String target = kind == StoreKind.DUCKDB ? file.getParent().resolve("hustings.duckdb").toAbsolutePath().toString()
                : o.postgres() + (o.postgres().contains("?") ? "&" : "?") + "schema=" + schema;
        String floorSchema = schema + "_table";
        String floor = kind == StoreKind.DUCKDB ? file.getParent().resolve("table.duckdb").toAbsolutePath().toString()
                : o.postgres() + (o.postgres().contains("?") ? "&" : "?") + "schema=" + floorSchema;
        try {
            long[] r = forkImport(target, file, o.heap());
            log.printf("%s: Hustings %,d rows in %.1f s; engine load of the same rows into the elector table…%n",
                    kind.name().toLowerCase(), r[1], r[2] / 1e9);
            RawLoad.Timing table = ElectorTableLoad.measure(StoreLocation.parse(target), StoreLocation.parse(floor), file.getParent());
            return new Result(kind, raw.rows(), raw.nanos(), table.nanos(), r[2], r[1], r[3], r[4], load);
        } finally {
            if (server != null) {
                dropSchema(server, schema);
                dropSchema(server, floorSchema);
            } else {
                for (String f : List.of(target, target + ".wal", floor, floor + ".wal")) {
                    Files.deleteIfExists(Path.of(f));
                }
            }
        }
    }

    /** Runs {@link ImportPhase} in a child JVM; returns rows read, loaded, nanos, peak heap, max heap. */
    private static long[] forkImport(String store, Path file, String heap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                ImportPhase.class.getName(), store, file.toAbsolutePath().toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith(ImportPhase.RESULT)) {
                    result = line;
                }
            }
        }
        try {
            int exit = p.waitFor();
            if (exit != 0 || result == null) {
                throw new HustingsException(ErrorCode.INTERNAL, "The import JVM (-Xmx" + heap + ") failed with exit code " + exit
                        + (exit == 1 ? "; if it ran out of memory, the import is not streaming" : "") + ".");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroy();
            throw new HustingsException(ErrorCode.INTERNAL, "Interrupted while the import ran.");
        }
        String[] f = result.split(" ");
        long[] v = new long[f.length - 1];
        for (int i = 1; i < f.length; i++) {
            v[i - 1] = Long.parseLong(f[i]);
        }
        return v;
    }

    private static void dropSchema(StoreLocation server, String schema) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not drop the bench schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
