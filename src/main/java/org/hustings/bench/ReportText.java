package org.hustings.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** An import benchmark report as a plain table, or as Markdown rows for BENCHMARKS.md. */
public final class ReportText {
    private ReportText() {
    }

    public static String table(ImportBench.Report r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.UK, "Import of %,d electors (%s, %.0f MB) on %s%n", r.electors(), r.layout(),
                r.fileBytes() / 1e6, r.machine().describe()));
        b.append(String.format(Locale.UK, "%-11s %12s %12s %15s %9s %9s %19s %6s%n", "store", "raw rows/s", "table rows/s",
                "Hustings rows/s", "vs raw", "vs table", "peak heap", "load"));
        for (ImportBench.Result x : r.results()) {
            b.append(String.format(Locale.UK, "%-11s %,12.0f %,12.0f %,15.0f %8.0f%% %8.0f%% %8s of %8s %6.1f%n", store(x),
                    x.rawRowsPerSecond(), x.tableRowsPerSecond(), x.importRowsPerSecond(), 100 * x.ratio(), 100 * x.tableRatio(),
                    mb(x.peakHeap()), mb(x.maxHeap()), x.loadBefore()));
        }
        b.append("raw: the engine loads the file itself (text columns, no keys); table: the engine loads the rows Hustings\n"
                + "produced into the elector table (typed, primary key, person index), in one transaction.\n");
        return b.toString();
    }

    /** Markdown table rows (no header) for BENCHMARKS.md, then the machine, date and command. */
    public static String markdown(ImportBench.Report r, String command) {
        StringBuilder b = new StringBuilder();
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        for (ImportBench.Result x : r.results()) {
            b.append(String.format(Locale.UK, "| %,d | %s | %,.0f (%.1f s) | %,.0f (%.1f s) | %,.0f (%.1f s) | **%.0f%%** | **%.0f%%** | %s of %s | %.1f | %s | %s |%n",
                    r.electors(), store(x), x.rawRowsPerSecond(), x.rawNanos() / 1e9, x.tableRowsPerSecond(), x.tableNanos() / 1e9,
                    x.importRowsPerSecond(), x.importNanos() / 1e9, 100 * x.ratio(), 100 * x.tableRatio(), mb(x.peakHeap()),
                    mb(x.maxHeap()), x.loadBefore(), date, "`" + command + "`"));
        }
        b.append(String.format(Locale.UK, "%nMachine: %s. Generated file: %s layout, %,d bytes, made in %.1f s (not counted).%n",
                r.machine().describe(), r.layout(), r.fileBytes(), r.generateNanos() / 1e9));
        return b.toString();
    }

    /** The Markdown header that goes with {@link #markdown}. */
    public static String markdownHeader() {
        return "| electors | store | raw engine load, rows/s | engine into elector table, rows/s | Hustings import, rows/s "
                + "| Hustings / raw | Hustings / table | peak heap | load avg | date | command |\n"
                + "|---:|---|---:|---:|---:|---:|---:|---|---:|---|---|\n";
    }

    private static String store(ImportBench.Result x) {
        return x.store().name().toLowerCase(Locale.ROOT);
    }

    private static String mb(long bytes) {
        return String.format(Locale.UK, "%,d MB", Math.round(bytes / (1024.0 * 1024.0)));
    }
}
