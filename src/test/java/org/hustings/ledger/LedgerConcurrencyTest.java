package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Eight threads appending at once still make one chain, numbered without gaps, on both stores. */
class LedgerConcurrencyTest {
    private static final int THREADS = 8;
    private static final int EACH = 50;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void concurrentAppendersKeepOneChain(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            ConcurrentLinkedQueue<Long> seqs = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int th = 0; th < THREADS; th++) {
                    int thread = th;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < EACH; i++) {
                            LedgerEntry e = new LedgerEntry("worker:" + thread, "gate.read", "purpose:canvassing",
                                    Map.of("i", i), List.of((long) thread * 1000 + i));
                            // half the threads append in their own transaction, half inside a caller's
                            seqs.add(thread % 2 == 0 ? ledger.append(e) : t.store().write(c -> ledger.append(c, e)));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            int total = THREADS * EACH;
            assertThat(seqs).hasSize(total).doesNotHaveDuplicates();
            assertThat(seqs.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(total);
            Verification v = ledger.verify();
            assertThat(v).isInstanceOf(Verification.Intact.class);
            assertThat(((Verification.Intact) v).entries()).isEqualTo(total);
            assertThat(ledger.entriesForPerson(7 * 1000 + 49)).singleElement()
                    .satisfies(e -> assertThat(e.actor()).isEqualTo("worker:7"));
        }
    }
}
