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
        b.append(String.format(Locale.UK, "%-11s %14s %14s %8s %16s %6s%n", "store", "raw rows/s", "Hustings rows/s", "ratio",
                "peak heap", "load"));
        for (ImportBench.Result x : r.results()) {
            b.append(String.format(Locale.UK, "%-11s %,14.0f %,14.0f %7.0f%% %8s of %5s %6.1f%n", store(x), x.rawRowsPerSecond(),
                    x.importRowsPerSecond(), 100 * x.ratio(), mb(x.peakHeap()), mb(x.maxHeap()), x.loadBefore()));
        }
        return b.toString();
    }

    /** Markdown table rows (no header) for BENCHMARKS.md, then the machine, date and command. */
    public static String markdown(ImportBench.Report r, String command) {
        StringBuilder b = new StringBuilder();
        String date = LocalDate.now(ZoneOffset.UTC).toString();
        for (ImportBench.Result x : r.results()) {
            b.append(String.format(Locale.UK, "| %,d | %s | %,.0f (%.1f s) | %,.0f (%.1f s) | **%.0f%%** | %s of %s | %.1f | %s | %s |%n",
                    r.electors(), store(x), x.rawRowsPerSecond(), x.rawNanos() / 1e9, x.importRowsPerSecond(),
                    x.importNanos() / 1e9, 100 * x.ratio(), mb(x.peakHeap()), mb(x.maxHeap()), x.loadBefore(), date,
                    "`" + command + "`"));
        }
        b.append(String.format(Locale.UK, "%nMachine: %s. Generated file: %s layout, %,d bytes, made in %.1f s (not counted).%n",
                r.machine().describe(), r.layout(), r.fileBytes(), r.generateNanos() / 1e9));
        return b.toString();
    }

    /** The Markdown header that goes with {@link #markdown}. */
    public static String markdownHeader() {
        return "| electors | store | raw engine rows/s | Hustings import rows/s | Hustings / raw | peak heap | load avg | date | command |\n"
                + "|---:|---|---:|---:|---:|---|---:|---|---|\n";
    }

    private static String store(ImportBench.Result x) {
        return x.store().name().toLowerCase(Locale.ROOT);
    }

    private static String mb(long bytes) {
        return String.format(Locale.UK, "%,d MB", Math.round(bytes / (1024.0 * 1024.0)));
    }
}
