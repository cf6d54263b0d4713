package org.hustings.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    private static final SourceFile FILE = new SourceFile(Path.of("x.csv"), "x.csv", "0", StandardCharsets.UTF_8, 0);

    /** A reader that emits 0..n-1, reporting a problem for every 1000th, then fails if told to. */
    private static RecordReader<Long> counting(long n, RuntimeException failAtEnd, AtomicLong emitted) {
        return (file, records, problems) -> {
            for (long i = 0; i < n; i++) {
                if (i % 1000 == 0) {
                    problems.report(Problem.warning(file.name(), i, null, "w", "warning " + i, null));
                }
                records.accept(i);
                emitted.incrementAndGet();
            }
            if (failAtEnd != null) {
                throw failAtEnd;
            }
            return new ReadSummary("test", n, n, 0);
        };
    }

    @Test
    void records_arrive_in_file_order_and_problems_are_all_reported_before_read_returns() {
        long n = ReadAhead.BATCH * (ReadAhead.BATCHES * 3L) + 17;
        List<Long> seen = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ReadSummary s = ReadAhead.read(counting(n, null, new AtomicLong()), FILE, seen::add, problems::add);
        assertThat(s.rows()).isEqualTo(n);
        assertThat(seen).hasSize((int) n);
        for (int i = 0; i < n; i++) {
            assertThat(seen.get(i)).isEqualTo(i);
        }
        assertThat(problems).hasSize((int) ((n + 999) / 1000));
    }

    @Test
    void a_reader_failure_reaches_the_caller_unchanged_after_the_records_before_it() {
        HustingsException boom = new HustingsException(ErrorCode.BAD_INPUT, "cannot read");
        List<Long> seen = new ArrayList<>();
        assertThatThrownBy(() -> ReadAhead.read(counting(5000, boom, new AtomicLong()), FILE, seen::add, p -> { }))
                .isSameAs(boom);
        assertThat(seen).hasSize(5000);
    }

    @Test
    void a_load_failure_stops_the_reader_instead_of_reading_the_whole_file() {
        AtomicLong emitted = new AtomicLong();
        long n = 10_000_000;
        assertThatThrownBy(() -> ReadAhead.read(counting(n, null, emitted), FILE, r -> {
            if (r == 3000) {
                throw new IllegalStateException("store gone");
            }
        }, p -> { })).isInstanceOf(IllegalStateException.class).hasMessage("store gone");
        // the reader may run ahead by the queue's bound, no further
        assertThat(emitted.get()).isLessThan(3000 + (long) ReadAhead.BATCH * (ReadAhead.BATCHES + 2));
    }
}
