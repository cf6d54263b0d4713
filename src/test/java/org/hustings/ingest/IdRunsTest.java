package org.hustings.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class IdRunsTest {

    @Property(tries = 300)
    void gives_back_every_id_in_order(@ForAll @Size(max = 300) List<@LongRange(min = 1, max = 400) Long> steps) {
        IdRuns runs = new IdRuns();
        List<Long> added = new ArrayList<>();
        long id = 0;
        for (long step : steps) {
            id += step > 200 ? 1 : step; // many consecutive, some gaps
            runs.add(id);
            added.add(id);
        }
        List<Long> back = new ArrayList<>();
        runs.forEach(back::add);
        assertThat(back).isEqualTo(added);
        assertThat(runs.overflowed()).isFalse();
    }

    @Test
    void too_scattered_ids_are_dropped_and_said_so() {
        IdRuns runs = new IdRuns();
        for (long i = 0; i <= IdRuns.MAX_RUNS; i++) {
            runs.add(i * 2);
        }
        assertThat(runs.overflowed()).isTrue();
    }
}
