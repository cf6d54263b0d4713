package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Large person lists kept as runs of ids (ledger_person_range): what reached a person stays
 * answerable, the entry's people read back exactly, and any change to a run is caught by verify.
 */
class LedgerRunsTest {
    /** Entry 2's people: 1..200,000 without every 1,000th id, plus a few far away (crossing many buckets). */
    static List<Long> bigList() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1, 200_000).filter(i -> i % 1000 != 0).boxed().toList());
        ids.addAll(List.of(1_000_000L, 1_000_001L, 5_000_000L));
        java.util.Collections.shuffle(ids, new java.util.Random(3));
        return ids;
    }

    private static Ledger threeEntries(TestStores.TestStore t) {
        Ledger ledger = new Ledger(t.store());
        ledger.append(new LedgerEntry("cli", "import.register", "dataset:1", Map.of(), List.of(1000L, 2000L)));
        ledger.append(new LedgerEntry("bench", "gate.read", "activity:canvassing", Map.of("people", 199_803), bigList()));
        ledger.append(new LedgerEntry("cli", "gate.read", "activity:email", Map.of(), LongStream.rangeClosed(65_000, 67_000).boxed().toList()));
        return ledger;
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aLargeListIsAFewRunsAndEveryPersonInItIsAnswerable(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = threeEntries(t);
            long runs = t.store().read(c -> {
                try (var r = c.createStatement().executeQuery("SELECT count(*) FROM ledger_person_range WHERE seq = 2")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(runs).as("one run per gap and bucket, not one row per person").isBetween(200L, 210L);
            assertThat(ledger.personsOf(2)).containsExactlyElementsOf(new TreeSet<>(bigList()));
            assertThat(ledger.personsOf(3)).hasSize(2001).isSorted();
            for (long id : new long[] {1, 999, 1001, 65_535, 65_536, 131_071, 131_072, 199_999, 1_000_000, 1_000_001, 5_000_000}) {
                assertThat(ledger.entriesForPerson(id)).as("person %d", id).extracting(RecordedEntry::seq).contains(2L);
            }
            for (long id : new long[] {1000, 65_000, 200_000, 200_001, 999_999, 1_000_002, 4_999_999}) {
                assertThat(ledger.entriesForPerson(id)).as("person %d", id).extracting(RecordedEntry::seq).doesNotContain(2L);
            }
            assertThat(ledger.entriesForPerson(65_536)).extracting(RecordedEntry::seq).containsExactly(2L, 3L);
            assertThat(ledger.entriesForPerson(2000)).extracting(RecordedEntry::seq).containsExactly(1L);
            assertThat(ledger.entriesForPerson(5)).extracting(RecordedEntry::seq).containsExactly(2L);
            assertThat(ledger.entriesForPerson(65_000)).extracting(RecordedEntry::seq).containsExactly(3L);
            assertThat(ledger.verify().intact()).isTrue();
            assertThat(ledger.verify(1, 1000, null).intact()).as("paging one entry at a time").isTrue();
        }
    }

    /** The one-statement look-up {@code entriesForPerson} used before it became two steps: the reference it must agree with. */
    private static List<RecordedEntry> before(TestStores.TestStore t, long personId) {
        return t.store().read(c -> EntryRows.list(c, "SELECT " + EntryRows.COLUMNS + " FROM ledger_entry WHERE seq IN "
                + "(SELECT seq FROM ledger_person WHERE person_id = ? UNION SELECT seq FROM ledger_person_range "
                + "WHERE bucket = ? AND first_id <= ? AND last_id >= ?) ORDER BY seq",
                personId, PersonRuns.bucket(personId), personId, personId));
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theTwoStepLookUpFindsWhatTheOneStatementFound(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = threeEntries(t);
            // 1,100 more entries naming person 5 (more than one chunk of numbers), every 3rd also naming 65,536 and 70,000;
            // and a large list crossing buckets 0 and 1 again
            List<LedgerEntry> more = new ArrayList<>();
            for (int i = 0; i < 1100; i++) {
                more.add(new LedgerEntry("cli", "gate.read", "activity:email", Map.of(), i % 3 == 0 ? List.of(5L, 65_536L, 70_000L) : List.of(5L)));
            }
            more.add(new LedgerEntry("cli", "gate.read", "activity:email", Map.of(), LongStream.rangeClosed(60_000, 70_000).boxed().toList()));
            t.store().write(c -> ledger.appendAll(c, more));
            for (long id : new long[] {0, 1, 5, 999, 1000, 2000, 64_999, 65_000, 65_535, 65_536, 67_000, 67_001, 70_000, 70_001,
                    199_999, 200_000, 1_000_000, 5_000_000, 7_777_777, -3}) {
                List<RecordedEntry> now = ledger.entriesForPerson(id);
                assertThat(now).as("person %d", id).isEqualTo(before(t, id));
                assertThat(now).extracting(RecordedEntry::seq).as("person %d", id).isSorted().doesNotHaveDuplicates();
            }
            assertThat(ledger.entriesForPerson(5)).hasSize(1 + 1100);
            assertThat(ledger.entriesForPerson(65_536)).hasSize(2 + 367 + 1);
        }
    }

    private static Verification.Broken tampered(StoreKind kind, Consumer<Forger> tamper) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = threeEntries(t);
            assertThat(ledger.verify().intact()).isTrue();
            tamper.accept(new Forger(t.store()));
            Verification v = ledger.verify();
            assertThat(v).isInstanceOf(Verification.Broken.class);
            assertThat(ledger.verify(1, 1000, null)).as("the same finding when paging one entry at a time").isEqualTo(v);
            return (Verification.Broken) v;
        }
    }

    private static void assertPersonsChanged(Verification.Broken b, long position) {
        assertThat(b.position()).as(b.describe()).isEqualTo(position);
        assertThat(b.tampering()).as(b.describe()).isEqualTo(Tampering.PERSONS_CHANGED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aWidenedRunIsCaught(StoreKind kind) {
        assertPersonsChanged(tampered(kind, f -> f.sql("UPDATE ledger_person_range SET last_id = last_id + 1 WHERE seq = 2 AND first_id = 1")), 2);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRemovedRunIsCaught(StoreKind kind) {
        assertPersonsChanged(tampered(kind, f -> f.sql("DELETE FROM ledger_person_range WHERE seq = 3 AND first_id = 65536")), 3);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRunMovedToAnotherBucketIsCaught(StoreKind kind) {
        // the ids are unchanged, but a look-up of person 1 would no longer find the entry
        assertPersonsChanged(tampered(kind, f -> f.sql("UPDATE ledger_person_range SET bucket = 7 WHERE seq = 2 AND first_id = 1")), 2);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRunSplitAcrossABucketIsCaught(StoreKind kind) {
        assertPersonsChanged(tampered(kind, f -> {
            f.sql("DELETE FROM ledger_person_range WHERE seq = 3");
            f.sql("INSERT INTO ledger_person_range (seq, bucket, first_id, last_id) VALUES (3, 0, 65000, 67000)");
        }), 3);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRowAddedBesideARunIsCaught(StoreKind kind) {
        assertPersonsChanged(tampered(kind, f -> f.sql("INSERT INTO ledger_person (seq, person_id) VALUES (2, 1000)")), 2);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRunForAnEntryThatDoesNotExistIsCaught(StoreKind kind) {
        assertPersonsChanged(tampered(kind, f -> f.sql("INSERT INTO ledger_person_range (seq, bucket, first_id, last_id) VALUES (9, 0, 1, 2)")), 9);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRunMovedBetweenEntriesIsCaught(StoreKind kind) {
        assertPersonsChanged(tampered(kind, f -> f.sql("UPDATE ledger_person_range SET seq = 2 WHERE seq = 3 AND first_id = 65536")), 2);
    }

    @Provide
    Arbitrary<List<Long>> idLists() {
        Arbitrary<Long> near = Arbitraries.longs().between(0, 300_000);
        Arbitrary<Long> any = Arbitraries.longs();
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, near), net.jqwik.api.Tuple.of(1, any)).list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void runsHoldExactlyTheIdsAndNeverCrossABucket(@ForAll("idLists") List<Long> ids) {
        long[] sorted = new TreeSet<>(ids).stream().mapToLong(Long::longValue).toArray();
        PersonRuns runs = PersonRuns.of(sorted);
        List<Long> back = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            assertThat(PersonRuns.wellFormed(PersonRuns.bucket(runs.first[i]), runs.first[i], runs.last[i])).isTrue();
            if (i > 0) {
                long previous = runs.last[i - 1];
                assertThat(runs.first[i] > previous + 1 || PersonRuns.bucket(runs.first[i]) != PersonRuns.bucket(previous))
                        .as("runs ascend and do not touch within a bucket").isTrue();
            }
            for (long id = runs.first[i]; id <= runs.last[i] && id >= runs.first[i]; id++) {
                back.add(id);
                if (id == Long.MAX_VALUE) {
                    break;
                }
            }
        }
        assertThat(back).containsExactlyElementsOf(new TreeSet<>(ids));
    }

    @Property(tries = 300)
    void theDigestIsTheDocumentedOne(@ForAll("idLists") List<Long> ids) throws Exception {
        List<Long> edges = new ArrayList<>(ids);
        edges.addAll(List.of(0L, 9L, 10L, 99L, 100L, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, -1L, Long.MIN_VALUE));
        CanonicalForm.PersonDigest digest = new CanonicalForm.PersonDigest();
        MessageDigest plain = MessageDigest.getInstance("SHA-256");
        for (long id : edges) {
            digest.add(id);
            plain.update((id + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(digest.count()).isEqualTo(edges.size());
        assertThat(digest.hex()).isEqualTo(HexFormat.of().formatHex(plain.digest()));
    }
}
