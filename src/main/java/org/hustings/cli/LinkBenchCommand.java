package org.hustings.cli;

import java.time.Instant;
import java.util.Map;
import org.hustings.link.bench.ScaleBench;
import org.hustings.link.bench.StringMetricsBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hustings bench link}: a corrupted list linked to a synthetic register, training included. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link a synthetic corrupted list to a synthetic register (spine), training included, and time it.",
            "Example: hustings bench link --spine 1000000 --list 100000"})
final class LinkBenchCommand implements Runnable {
    @Option(names = "--spine", defaultValue = "100000", description = "Register rows (default ${DEFAULT-VALUE}).")
    int spine;

    @Option(names = "--list", defaultValue = "10000", description = "List rows (default ${DEFAULT-VALUE}).")
    int list;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--metrics", description = "Also measure the string metrics against Apache Commons Text (ADR 0130).")
    boolean metrics;

    @Override
    public void run() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        System.out.printf("Machine: %d cores, %s %s, Java %s, max heap %,d MB, %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Instant.now());
        if (metrics) {
            for (StringMetricsBench.Result r : StringMetricsBench.run(1_000_000, 5, seed)) {
                System.out.printf("  %-62s %7.1f ns a call%n", r.metric(), r.nanosPerCall());
            }
        }
        ScaleBench.Report r = ScaleBench.run(spine, list, seed, n);
        System.out.printf("Spine %,d x list %,d, %d threads%n", r.spine(), r.list(), r.threads());
        System.out.printf("Making the synthetic data: %,d ms (not part of linking)%n", r.generateMillis());
        System.out.printf("Candidate pairs: %,d (by rule %s)%s%n", r.candidates().pairs(), r.candidates().perRule(),
                r.candidates().skippedBlocks() > 0 ? String.format("; %,d oversized blocks skipped", r.candidates().skippedBlocks()) : "");
        System.out.printf("Linking, training included: %,d ms wall, %,d ms CPU over all threads%n", r.linkMillis(), r.linkCpuMillis());
        for (Map.Entry<String, Long> e : r.stages().entrySet()) {
            System.out.printf("  %-14s %,8d ms wall %,8d ms CPU%n", e.getKey(), e.getValue(), r.stagesCpu().getOrDefault(e.getKey(), 0L));
        }
        System.out.printf("Linked %,d, for review %,d; precision %.4f, recall %.4f (against the generator's truth)%n",
                r.linked(), r.review(), r.precision(), r.recall());
        System.out.printf("Heap in use after linking: %,d MB%n", r.heapMegabytes());
    }
}
