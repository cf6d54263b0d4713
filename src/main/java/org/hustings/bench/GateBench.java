package org.hustings.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.gate.FieldDecision;
import org.hustings.gate.Gate;
import org.hustings.gate.GateReport;
import org.hustings.gate.Selection;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.provenance.StatutoryField;
import org.hustings.provenance.StatutorySource;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Purposes;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.StoreLocation;
import org.hustings.synth.FolderImport;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticFiles;

/**
 * {@code hustings bench gate}: the purpose gate's overhead (issue 3). Per store, on a fresh store
 * loaded with N synthetic electors (setup, not timed), after one untimed warm-up of each, times —
 * {@code runs} times each (default 5), alternating, median — (a) a plain SELECT of the current
 * electors and the register columns the gate releases for {@code canvassing}, streamed through
 * JDBC touching every value, and (b) the gated read of the same people for {@code canvassing} into
 * a sink that counts values, ledger entry included. The figure is the ratio of the medians
 * (b)/(a); issue 3 asks for ≤ 2×. The median of each run's own ratio is given beside it: on a
 * shared machine a plain run and the gated run right after it see much the same load. Fresh
 * DuckDB files and PostgreSQL schemas are made and removed.
 */
public final class GateBench {
    /** The activity measured. */
    public static final String ACTIVITY = "canvassing";
    private static final String ACTOR = "bench";
    /** Timed runs of each read, by default. */
    public static final int RUNS = 5;
    private static final int FETCH = 10_000;

    private GateBench() {
    }

    /** What to measure. */
    public record Options(long electors, List<StoreKind> stores, String postgres, Path work, int runs) {
        public Options {
            stores = List.copyOf(stores);
            if (runs < 1) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "--runs must be at least 1, not " + runs + ".");
            }
        }

        public Options(long electors, List<StoreKind> stores, String postgres, Path work) {
            this(electors, stores, postgres, work, RUNS);
        }
    }

    /**
     * One store's figures: the plain SELECT's rows, distinct people and non-null values, the gate's
     * released people and values, the columns read, and the median times in milliseconds.
     */
    public record Figures(StoreKind store, long electors, int columns, long plainRows, long plainPeople, long plainValues,
                          long gatePeople, long gateValues, double plainMs, double gateMs, double[] plainRuns, double[] gateRuns) {
        public double ratio() {
            return plainMs <= 0 ? Double.NaN : gateMs / plainMs;
        }

        /** The median of each run's gated/plain ratio. */
        public double pairedRatio() {
            double[] r = new double[plainRuns.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = plainRuns[i] <= 0 ? Double.NaN : gateRuns[i] / plainRuns[i];
            }
            return median(r);
        }

        public int runs() {
            return plainRuns.length;
        }
    }

    public static List<Figures> run(Options o, PrintStream progress) {
        List<Figures> out = new ArrayList<>();
        for (StoreKind k : o.stores()) {
            out.add(switch (k) {
                case DUCKDB -> duckdb(o, progress);
                case POSTGRESQL -> postgres(o, progress);
            });
        }
        return out;
    }

    private static Figures duckdb(Options o, PrintStream progress) {
        Path dir = tempDir(o.work(), "bench-gate-");
        try (Store store = Store.open(StoreLocation.embedded(dir.resolve("bench.duckdb")))) {
            return measure(store, o.electors(), dir.resolve("register"), progress, o.runs());
        } finally {
            deleteTree(dir);
        }
    }

    private static Figures postgres(Options o, PrintStream progress) {
        String schema = "bench_gate_" + Long.toHexString(System.nanoTime());
        StoreLocation loc = StoreLocation.parse(o.postgres() + (o.postgres().contains("?") ? "&" : "?") + "schema=" + schema);
        Path dir = tempDir(o.work(), "bench-gate-");
        try {
            try (Store store = Store.open(loc)) {
                return measure(store, o.electors(), dir.resolve("register"), progress, o.runs());
            } finally {
                try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password()); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                } catch (SQLException e) {
                    throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not drop the bench schema " + schema + ": " + e.getMessage(), e);
                }
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** Loads N electors into {@code store} (not timed), then times the plain SELECT and the gated read, {@value #RUNS} times each. */
    public static Figures measure(Store store, long electors, Path dir, PrintStream progress) {
        return measure(store, electors, dir, progress, RUNS);
    }

    /** Loads N electors into {@code store} (not timed), then times the plain SELECT and the gated read {@code runs} times each. */
    public static Figures measure(Store store, long electors, Path dir, PrintStream progress, int runs) {
        progress.printf(Locale.ROOT, "gate bench %s: generating and importing %,d electors…%n", store.kind().name().toLowerCase(Locale.ROOT), electors);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SyntheticFiles.write(SynthSpec.of(42, electors, SynthSpec.districtsFor(electors)), SyntheticFiles.Options.of(RegisterLayout.XPRESS), dir, n -> { });
        FolderImport.importAll(store, dir, ACTOR, x -> { });
        new Purposes(store).seedDefaults(ACTOR);
        if (store.kind() == StoreKind.POSTGRESQL) {
            store.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE");
                }
                return null;
            });
        }
        Gate gate = new Gate(store);
        List<String> columns = releasedColumns(gate);
        String plain = plainSql(columns);

        long plainPeople = distinctPeople(store, plain);
        double[] plainRuns = new double[runs];
        double[] gateRuns = new double[runs];
        long[] plainCounts = null;
        long gatePeople = 0;
        long gateValues = 0;
        // one untimed warm-up of each, so neither pays for a cold cache in its first timed run
        plainSelect(store, plain, columns.size());
        gate.read(ACTIVITY, ACTOR, Selection.everyone(), (person, dataset, field, category, value) -> { });
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            plainCounts = plainSelect(store, plain, columns.size());
            plainRuns[i] = (System.nanoTime() - t0) / 1e6;

            long[] values = {0};
            t0 = System.nanoTime();
            GateReport report = gate.read(ACTIVITY, ACTOR, Selection.everyone(), (person, dataset, field, category, value) -> {
                values[0]++;
            });
            gateRuns[i] = (System.nanoTime() - t0) / 1e6;
            if (report.refused()) {
                throw new IllegalStateException("The gate refused " + ACTIVITY + ": " + report.refusal());
            }
            gatePeople = report.peopleReleased();
            gateValues = values[0];
            progress.printf(Locale.ROOT, "  run %d: plain SELECT %.0f ms, gated read %.0f ms%n", i + 1, plainRuns[i], gateRuns[i]);
        }
        return new Figures(store.kind(), electors, columns.size(), plainCounts[0], plainPeople, plainCounts[1], gatePeople, gateValues,
                median(plainRuns), median(gateRuns), plainRuns, gateRuns);
    }

    /** The elector columns the gate releases for the activity, as its dry run reports them (the register's permitted fields). */
    static List<String> releasedColumns(Gate gate) {
        GateReport dry = gate.dryRun(ACTIVITY, ACTOR, Selection.everyone(), 0);
        Set<String> permitted = new HashSet<>();
        for (FieldDecision f : dry.permittedFields()) {
            permitted.add(f.field());
        }
        StatutorySource register = Taxonomy.standard().statute("register")
                .orElseThrow(() -> new IllegalStateException("The taxonomy has no register statute"));
        List<String> columns = new ArrayList<>();
        for (StatutoryField f : register.fields()) {
            if (permitted.contains(f.field())) {
                columns.add(f.column());
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalStateException("The gate releases no register field for " + ACTIVITY);
        }
        return columns;
    }

    static String plainSql(List<String> columns) {
        StringBuilder sql = new StringBuilder("SELECT e.person_id");
        for (String c : columns) {
            sql.append(", CAST(e.").append(c).append(" AS VARCHAR)");
        }
        return sql.append(" FROM elector e JOIN register_edition r ON r.id = e.edition_id")
                .append(" WHERE e.deleted_dataset_id IS NULL AND r.status = 'current'").toString();
    }

    /** Streams every row (a cursor on PostgreSQL) touching each value: {rows, non-null values}. */
    private static long[] plainSelect(Store store, String sql, int columns) {
        return store.read(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(FETCH);
                long rows = 0;
                long values = 0;
                long chars = 0;
                long ids = 0;
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        rows++;
                        ids += r.getLong(1);
                        for (int i = 2; i <= columns + 1; i++) {
                            String v = r.getString(i);
                            if (v != null) {
                                values++;
                                chars += v.length();
                            }
                        }
                    }
                }
                if (chars < 0 || ids == Long.MIN_VALUE) {
                    throw new IllegalStateException("unreachable");
                }
                return new long[] {rows, values};
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        });
    }

    /** The distinct people of the plain SELECT (not timed). */
    private static long distinctPeople(Store store, String plain) {
        return store.read(c -> {
            try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT count(DISTINCT person_id) FROM (" + plain + ") q")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    static double median(double[] runs) {
        double[] s = runs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** A plain-text table of the figures. */
    public static String table(List<Figures> figures) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-10s %10s %7s %10s %12s %10s %12s %12s %12s %10s %10s%n", "store", "electors", "columns", "rows",
                "plain values", "released", "released", "plain ms", "gate ms", "ratio", "per-run"));
        b.append(String.format(Locale.ROOT, "%-10s %10s %7s %10s %12s %10s %12s %12s %12s %10s %10s%n", "", "", "", "", "", "people", "values",
                "(median)", "(median)", "gate/plain", "(median)"));
        for (Figures f : figures) {
            b.append(String.format(Locale.ROOT, "%-10s %,10d %7d %,10d %,12d %,10d %,12d %12.0f %12.0f %9.2fx %9.2fx%n",
                    f.store().name().toLowerCase(Locale.ROOT), f.electors(), f.columns(), f.plainRows(), f.plainValues(), f.gatePeople(),
                    f.gateValues(), f.plainMs(), f.gateMs(), f.ratio(), f.pairedRatio()));
            b.append(String.format(Locale.ROOT, "  runs (ms): plain %s; gated %s%n", runs(f.plainRuns()), runs(f.gateRuns())));
        }
        return b.toString();
    }

    private static String runs(double[] ms) {
        StringBuilder b = new StringBuilder();
        for (double m : ms) {
            b.append(b.length() == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.0f", m));
        }
        return b.toString();
    }

    public static String markdownHeader() {
        return "| figure | input | store | runs | plain SELECT ms (median) | gated read ms (median) | gate / plain | per-run ratio (median) "
                + "| values released | machine | date | load avg | command |\n"
                + "|---|---|---|---:|---:|---:|---:|---:|---:|---|---|---:|---|\n";
    }

    public static String markdown(List<Figures> figures, String command) {
        Machine m = Machine.current();
        StringBuilder b = new StringBuilder();
        for (Figures f : figures) {
            b.append(String.format(Locale.ROOT, "| purpose gate overhead (%s, %d register columns) | %,d electors (%,d rows) | %s | %d | %.0f | %.0f | %.2f× | %.2f× | %,d | %s (nproc %d) | %s | %.2f | `%s` |%n",
                    ACTIVITY, f.columns(), f.electors(), f.plainRows(), f.store().name().toLowerCase(Locale.ROOT), f.runs(), f.plainMs(), f.gateMs(),
                    f.ratio(), f.pairedRatio(), f.gateValues(), m.describe(), m.cores(), LocalDate.now(), Machine.loadAverage(), command));
        }
        return b.toString();
    }

    private static Path tempDir(Path work, String prefix) {
        try {
            return Files.createTempDirectory(work != null ? work : Path.of(System.getProperty("java.io.tmpdir")), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
