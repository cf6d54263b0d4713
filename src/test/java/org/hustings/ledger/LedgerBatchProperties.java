package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hustings.HustingsException;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;

/**
 * {@link Ledger#appendAll} writes exactly what appending the same entries one at a time writes:
 * the same rows in {@code ledger_entry}, {@code ledger_person}, {@code ledger_person_range} and
 * {@code ledger_head}, byte for byte, after any prefix of single appends; and the chain verifies.
 * Both runs take their times from the same ticking clock (one microsecond per reading), so times
 * are compared too. One store per engine, emptied between runs.
 */
class LedgerBatchProperties {
    private static final Map<StoreKind, TestStores.TestStore> STORES = new EnumMap<>(StoreKind.class);

    @AfterContainer
    static void closeStores() {
        STORES.values().forEach(TestStores.TestStore::close);
        STORES.clear();
    }

    private static synchronized Store emptied(StoreKind kind) {
        TestStores.TestStore t = STORES.computeIfAbsent(kind, TestStores::open);
        Forger f = new Forger(t.store());
        f.sql("DELETE FROM ledger_entry");
        f.sql("DELETE FROM ledger_person");
        f.sql("DELETE FROM ledger_person_range");
        f.sql("UPDATE ledger_head SET seq = 0, hash = ?", CanonicalForm.GENESIS);
        return t.store();
    }

    /** A clock that moves on one microsecond each time it is read, from the same start every time it is made. */
    static Clock ticking() {
        AtomicLong micros = new AtomicLong();
        Instant start = Instant.parse("2026-11-22T09:37:50.123400Z");
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plusNanos(1000 * micros.getAndIncrement());
            }
        };
    }

    @Property(tries = 30)
    void aBatchWritesWhatOneByOneWrites(@ForAll("kinds") StoreKind kind, @ForAll("prefixes") List<LedgerEntry> prefix,
                                        @ForAll("batches") List<LedgerEntry> batch) {
        Store store = emptied(kind);
        Ledger one = new Ledger(store, ticking());
        prefix.forEach(one::append);
        batch.forEach(one::append);
        List<String> sequential = tables(store);

        store = emptied(kind);
        Ledger all = new Ledger(store, ticking());
        prefix.forEach(all::append);
        long[] seqs = store.write(c -> all.appendAll(c, batch));
        List<String> batched = tables(store);

        assertThat(seqs).containsExactly(LongStream.rangeClosed(prefix.size() + 1, prefix.size() + batch.size()).toArray());
        assertThat(batched).isEqualTo(sequential);
        assertThat(all.verify()).isEqualTo(new Verification.Intact(prefix.size() + batch.size(),
                batch.isEmpty() && prefix.isEmpty() ? CanonicalForm.GENESIS : all.latest(1).get(0).hash()));
        assertThat(all.verify(2, 3, null)).as("paging two entries and three ids at a time").isEqualTo(all.verify());
    }

    @Property(tries = 10)
    void aBatchThatCannotBeWrittenLeavesNothing(@ForAll("kinds") StoreKind kind, @ForAll("batches") List<LedgerEntry> batch) {
        Store store = emptied(kind);
        Ledger ledger = new Ledger(store);
        ledger.append(new LedgerEntry("cli", "config.source", "source:ero", Map.of()));
        List<String> before = tables(store);
        List<LedgerEntry> broken = new ArrayList<>(batch);
        broken.add(new LedgerEntry("cli", "gate.read", null, Map.of(), java.util.Arrays.asList(1L, null)));
        assertThatThrownBy(() -> store.write(c -> ledger.appendAll(c, broken))).isInstanceOf(HustingsException.class);
        assertThatThrownBy(() -> store.write(c -> {
            ledger.appendAll(c, batch);
            throw new IllegalStateException("the caller's work fails after the append");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tables(store)).as("a refused or rolled-back batch leaves the ledger as it was").isEqualTo(before);
        assertThat(ledger.verify().intact()).isTrue();
    }

    /** Every row of the four ledger tables as text, in a stable order. */
    static List<String> tables(Store store) {
        return store.read(c -> {
            List<String> rows = new ArrayList<>();
            for (String sql : List.of(
                    "SELECT 'entry', " + EntryRows.COLUMNS + " FROM ledger_entry ORDER BY seq",
                    "SELECT 'person', seq, person_id FROM ledger_person ORDER BY seq, person_id",
                    "SELECT 'run', seq, bucket, first_id, last_id FROM ledger_person_range ORDER BY seq, first_id",
                    "SELECT 'head', id, seq, hash FROM ledger_head")) {
                try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            b.append(r.getString(i)).append('|');
                        }
                        rows.add(b.toString());
                    }
                }
            }
            return rows;
        });
    }

    @Provide
    Arbitrary<StoreKind> kinds() {
        return Arbitraries.of(StoreKind.values());
    }

    @Provide
    Arbitrary<List<LedgerEntry>> prefixes() {
        return entry().list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<List<LedgerEntry>> batches() {
        return entry().list().ofMaxSize(8);
    }

    private static Arbitrary<LedgerEntry> entry() {
        Arbitrary<String> actor = Arbitraries.of("cli", "web:4", "bench", "importer");
        Arbitrary<String> action = Arbitraries.of("person_flag.set", "rights.erasure", "rights.completed", "gate.read", "config.source");
        Arbitrary<String> subject = Arbitraries.of("request:7", "person:42", "dataset:3", "").injectNull(0.1);
        Arbitrary<Map<String, Object>> details = Arbitraries.maps(Arbitraries.of("flag", "rows", "kind", "share", "in_time"),
                Arbitraries.oneOf(Arbitraries.integers().between(-5, 100_000).map(i -> (Object) i),
                        Arbitraries.of("erased", "keep:3", "delete:0").map(s -> (Object) s),
                        Arbitraries.of(true, false).map(b -> (Object) b),
                        Arbitraries.doubles().between(0, 1).ofScale(3).map(d -> (Object) d))).ofMaxSize(4);
        // no one, a few people (rows of ledger_person), or a large list kept as runs of ids (ledger_person_range), with gaps
        Arbitrary<List<Long>> few = Arbitraries.longs().between(1, 300_000).list().ofMaxSize(12);
        Arbitrary<List<Long>> many = Combinators.combine(Arbitraries.longs().between(0, 200_000), Arbitraries.integers().between(1000, 3000),
                Arbitraries.integers().between(2, 500)).as((from, size, gap) -> {
                    List<Long> ids = new ArrayList<>();
                    for (long id = from; ids.size() < size; id++) {
                        if (id % gap != 0) {
                            ids.add(id);
                        }
                    }
                    return ids;
                });
        Arbitrary<List<Long>> persons = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(List.<Long>of())), net.jqwik.api.Tuple.of(6, few), net.jqwik.api.Tuple.of(1, many));
        return Combinators.combine(actor, action, subject, details, persons).as(LedgerEntry::new);
    }
}
