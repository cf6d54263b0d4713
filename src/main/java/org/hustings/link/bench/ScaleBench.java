package org.hustings.link.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.link.CandidateCount;
import org.hustings.link.LinkSettings;
import org.hustings.link.Linkage;
import org.hustings.link.Linker;
import org.hustings.link.Row;
import org.hustings.link.ScoredPair;
import org.hustings.link.synth.Corruption;
import org.hustings.link.synth.CorruptedList;
import org.hustings.link.synth.Population;

/**
 * The scale benchmark: a synthetic register (the spine) of {@code spine} people and a corrupted
 * list of {@code list} rows made from it, linked one-to-one with training included. Making the
 * data is timed apart from linking it. Precision and recall come from the generator's truth.
 */
public final class ScaleBench {
    private ScaleBench() {
    }

    /**
     * The figures of one run.
     *
     * @param spine           register rows
     * @param list            list rows
     * @param generateMillis  making the synthetic data (not part of linking)
     * @param linkMillis      preparing, blocking, training and linking, end to end
     * @param stages          milliseconds per stage of the linker (wall clock)
     * @param stagesCpu       CPU milliseconds per stage, all threads
     * @param candidates      candidate pairs
     * @param linked          pairs linked
     * @param review          pairs for review
     * @param precision       share of links that are true
     * @param recall          share of true pairs linked
     * @param threads         worker threads
     * @param heapMegabytes   heap in use after linking (after a GC request), in MB
     * @param linkCpuMillis   CPU time the whole process used while linking, all threads: on a machine
     *                        shared with other work this, divided by the cores, is the fairer figure
     */
    public record Report(int spine, int list, long generateMillis, long linkMillis, Map<String, Long> stages, Map<String, Long> stagesCpu,
                         CandidateCount candidates, int linked, int review, double precision, double recall,
                         int threads, long heapMegabytes, long linkCpuMillis) {
    }

    public static Report run(int spineSize, int listSize, long seed, int threads) {
        long t0 = System.nanoTime();
        Population pools = Population.pools(seed);
        List<Row> spine = pools.people(spineSize, seed + 1);
        CorruptedList list = CorruptedList.from(pools, spine, listSize, Corruption.TYPICAL, seed + 2);
        long t1 = System.nanoTime();
        long cpu0 = processCpuNanos();
        LinkSettings settings = LinkSettings.defaults(Population.FIELDS).withThreads(threads).withSeed(seed);
        Linker linker = Linker.prepare(Population.FIELDS, list.rows(), spine, settings);
        Linkage result = linker.train().link();
        long t2 = System.nanoTime();
        long cpu1 = processCpuNanos();
        List<ScoredPair> linked = result.linked();
        long correct = linked.stream().filter(p -> list.truth()[p.left()] == p.right()).count();
        long truePairs = java.util.Arrays.stream(list.truth()).filter(x -> x >= 0).count();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return new Report(spineSize, listSize, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, new LinkedHashMap<>(result.timings()),
                new LinkedHashMap<>(linker.cpuTimings()),
                result.candidates(), linked.size(), result.forReview().size(),
                linked.isEmpty() ? 0 : (double) correct / linked.size(), truePairs == 0 ? 0 : (double) correct / truePairs,
                threads, heap, (cpu1 - cpu0) / 1_000_000);
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }
}
