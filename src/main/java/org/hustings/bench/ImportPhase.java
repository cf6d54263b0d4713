package org.hustings.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Importer;
import org.hustings.ingest.RejectionThreshold;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.register.RegisterReaders;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;

/**
 * One Hustings import of a register file into a store, run in its own JVM by {@link ImportBench}
 * so that its {@code -Xmx} bounds it. Prints one result line: rows read, rows loaded, nanoseconds,
 * and the peak heap (the sum of the heap pools' peaks: an upper bound of the true peak).
 *
 * <p>Usage: {@code java -Xmx256m -cp … org.hustings.bench.ImportPhase STORE FILE}
 */
public final class ImportPhase {
    static final String RESULT = "IMPORT-RESULT";

    private ImportPhase() {
    }

    public static void main(String[] args) {
        StoreLocation location = StoreLocation.parse(args[0]);
        Path file = Path.of(args[1]);
        try (Store store = Store.open(location)) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            SourceFile source = SourceFile.inspect(file);
            ImportOutcome outcome = new Importer(store).register(source, RegisterReaders.register(),
                    new Importer.Request("E07000223", "Adur", "bench", RejectionThreshold.DEFAULT, null), LocalDate.of(2024, 12, 1));
            long nanos = System.nanoTime() - start;
            if (!(outcome instanceof ImportOutcome.Loaded loaded)) {
                System.err.println(outcome.describe());
                System.exit(3);
                return;
            }
            System.out.println(RESULT + " " + loaded.rowsRead() + " " + loaded.rowsLoaded() + " " + nanos + " " + peakHeap()
                    + " " + Runtime.getRuntime().maxMemory());
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
