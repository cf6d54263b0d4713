package org.hustings.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Reads a file on a thread of its own while the caller loads what was read: the reader (CSV
 * parsing, checking, building records) runs ahead by at most {@link #BATCHES} batches of
 * {@link #BATCH} records, so parsing and loading overlap on two cores and memory stays bounded
 * whatever the file size. Records reach the caller in file order, on the caller's thread (which
 * holds the transaction). Problems go to the sink on the reading thread only; the caller may look
 * at them once {@link #read} has returned. If loading fails, reading stops and the failure
 * propagates; if reading fails, its exception is rethrown to the caller as it was.
 */
final class ReadAhead {
    static final int BATCH = 1024;
    static final int BATCHES = 16;

    private ReadAhead() {
    }

    static <T> ReadSummary read(RecordReader<T> reader, SourceFile file, Consumer<T> records, ProblemSink problems) {
        BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(BATCHES);
        List<T> end = new ArrayList<>(0);
        Reading<T> reading = new Reading<>(reader, file, problems, queue, end);
        Thread thread = new Thread(reading, "hustings-read-" + file.name());
        thread.setDaemon(true);
        thread.start();
        boolean done = false;
        try {
            while (true) {
                List<T> batch = queue.take();
                if (batch == end) {
                    break;
                }
                for (T record : batch) {
                    records.accept(record);
                }
            }
            thread.join();
            done = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HustingsException(ErrorCode.INTERNAL, "Interrupted while reading " + file.name() + ".");
        } finally {
            if (!done) {
                reading.cancelled = true;
                queue.clear();
                thread.interrupt();
                joinQuietly(thread);
            }
        }
        if (reading.failure instanceof RuntimeException r) {
            throw r;
        }
        if (reading.failure instanceof Error e) {
            throw e;
        }
        return reading.summary;
    }

    /** Waits for the cancelled reader to unwind, so that nothing reports problems after the load gave up. */
    private static void joinQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The reading thread: fills batches and hands them over, then the end marker. */
    private static final class Reading<T> implements Runnable {
        private final RecordReader<T> reader;
        private final SourceFile file;
        private final ProblemSink problems;
        private final BlockingQueue<List<T>> queue;
        private final List<T> end;
        volatile boolean cancelled;
        private List<T> batch = new ArrayList<>(BATCH);
        ReadSummary summary;
        Throwable failure;

        Reading(RecordReader<T> reader, SourceFile file, ProblemSink problems, BlockingQueue<List<T>> queue, List<T> end) {
            this.reader = reader;
            this.file = file;
            this.problems = problems;
            this.queue = queue;
            this.end = end;
        }

        @Override
        public void run() {
            try {
                summary = reader.read(file, this::add, problems);
            } catch (Cancelled c) {
                return;
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            try {
                if (!batch.isEmpty()) {
                    put(batch);
                }
                put(end);
            } catch (Cancelled c) {
                // the caller has gone
            }
        }

        private void add(T record) {
            batch.add(record);
            if (batch.size() == BATCH) {
                put(batch);
                batch = new ArrayList<>(BATCH);
            }
        }

        private void put(List<T> b) {
            try {
                while (!cancelled) {
                    if (queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                // cancelled by the caller
            }
            throw new Cancelled();
        }
    }

    /** Unwinds the reader when the caller has stopped taking records. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
