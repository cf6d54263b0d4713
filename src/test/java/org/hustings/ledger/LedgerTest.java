package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.hustings.HustingsException;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Appending, reading back and verifying, on both stores. */
class LedgerTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anEmptyLedgerIsIntactAtTheGenesisHash(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Verification v = new Ledger(t.store()).verify();
            assertThat(v).isEqualTo(new Verification.Intact(0, CanonicalForm.GENESIS));
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aLargeBatchIsWrittenInChunksAndBulkLoadsItsPeopleYetMatchesOneByOne(StoreKind kind) {
        // 1,200 entries (more than one multi-row INSERT of entries), 2,400 person rows (the bulk load, not VALUES),
        // and one entry of 5,000 ids as runs
        List<LedgerEntry> batch = new ArrayList<>();
        for (long i = 0; i < 1200; i++) {
            batch.add(new LedgerEntry("importer", "person_flag.set", "person:" + i, Map.of("flag", "erased", "flag_id", i), List.of(i, i + 7)));
        }
        batch.add(600, new LedgerEntry("bench", "gate.read", "activity:canvassing", Map.of(), LongStream.range(0, 10_000).filter(i -> i % 2 == 0)
                .boxed().toList()));
        List<String> sequential;
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store(), LedgerBatchProperties.ticking());
            t.store().write(c -> {
                for (LedgerEntry e : batch) {
                    ledger.append(c, e);
                }
                return null;
            });
            sequential = LedgerBatchProperties.tables(t.store());
        }
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store(), LedgerBatchProperties.ticking());
            long[] seqs = t.store().write(c -> ledger.appendAll(c, batch));
            assertThat(seqs).hasSize(1201).startsWith(1L).endsWith(1201L);
            assertThat(LedgerBatchProperties.tables(t.store())).isEqualTo(sequential);
            assertThat(ledger.verify().intact()).isTrue();
            assertThat(ledger.entriesForPerson(7)).extracting(RecordedEntry::seq).containsExactly(1L, 8L);
            assertThat(ledger.entriesForPerson(4000)).extracting(RecordedEntry::seq).containsExactly(601L);
            long[] none = t.store().write(c -> ledger.appendAll(c, List.of()));
            assertThat(none).isEmpty();
            assertThat(ledger.verify()).isEqualTo(new Verification.Intact(1201, ledger.latest(1).get(0).hash()));
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void entriesChainFromGenesisAndReadBackExactly(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            long first = ledger.append(new LedgerEntry("cli:alice", "import.register", "dataset:1",
                    Map.of("rows", 1200, "rejected", 3, "file_sha256", "ab".repeat(32)), List.of(3L, 1L, 2L, 2L)));
            long second = ledger.append(new LedgerEntry("web:7", "gate.read", "purpose:canvassing",
                    Map.of("share", new BigDecimal("0.50"), "fields", List.of("contact.phone", "name.surname"),
                            "refused", Map.of("objection.art21", 4L))));
            assertThat(first).isEqualTo(1);
            assertThat(second).isEqualTo(2);

            List<RecordedEntry> latest = ledger.latest(10);
            assertThat(latest).extracting(RecordedEntry::seq).containsExactly(2L, 1L);
            RecordedEntry one = latest.get(1);
            RecordedEntry two = latest.get(0);
            assertThat(one.previousHash()).isEqualTo(CanonicalForm.GENESIS);
            assertThat(two.previousHash()).isEqualTo(one.hash());
            assertThat(one.personCount()).isEqualTo(3);
            assertThat(one.detailsJson()).isEqualTo("{\"file_sha256\":\"" + "ab".repeat(32) + "\",\"rejected\":3,\"rows\":1200}");
            assertThat(two.detailsJson()).isEqualTo(
                    "{\"fields\":[\"contact.phone\",\"name.surname\"],\"refused\":{\"objection.art21\":4},\"share\":0.5}");
            assertThat(two.details()).containsEntry("share", new BigDecimal("0.5"));
            assertThat(ledger.personsOf(1)).containsExactly(1L, 2L, 3L);

            // the stored hash is the SHA-256 of the documented canonical message
            assertThat(one.hash()).isEqualTo(CanonicalForm.hash(1, one.time(), "cli:alice", "import.register", "dataset:1",
                    one.detailsJson(), 3, one.personsSha256(), CanonicalForm.GENESIS));
            assertThat(ledger.verify()).isEqualTo(new Verification.Intact(2, two.hash()));
            assertThat(ledger.latest(10, "gate.read")).extracting(RecordedEntry::seq).containsExactly(2L);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void whatReachedAPersonIsAnswerable(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            ledger.append(new LedgerEntry("cli", "import.register", "dataset:1", Map.of("rows", 3), List.of(10L, 11L, 12L)));
            ledger.append(new LedgerEntry("cli", "config.source", "source:ero", Map.of()));
            ledger.append(new LedgerEntry("web:2", "export.audience", "audience:9", Map.of("people", 2), List.of(11L, 12L)));
            assertThat(ledger.entriesForPerson(11)).extracting(RecordedEntry::action).containsExactly("import.register", "export.audience");
            assertThat(ledger.entriesForPerson(10)).extracting(RecordedEntry::seq).containsExactly(1L);
            assertThat(ledger.entriesForPerson(99)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aLargeBatchIsOneEntryWithItsPeopleBulkLoaded(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            List<Long> people = new ArrayList<>(LongStream.rangeClosed(1, 5000).boxed().toList());
            java.util.Collections.shuffle(people, new java.util.Random(7));
            ledger.append(new LedgerEntry("cli", "gate.read", "purpose:direct_mail", Map.of("people", 5000), people));
            assertThat(ledger.latest(5)).hasSize(1).first().extracting(RecordedEntry::personCount).isEqualTo(5000L);
            assertThat(ledger.entriesForPerson(4321)).extracting(RecordedEntry::seq).containsExactly(1L);
            assertThat(ledger.personsOf(1)).hasSize(5000).isSorted();
            assertThat(ledger.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anEntryInTheCallersTransactionRollsBackWithIt(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            ledger.append(new LedgerEntry("cli", "config.purpose", "purpose:email", Map.of()));
            assertThatThrownBy(() -> t.store().write(c -> {
                ledger.append(c, new LedgerEntry("cli", "import.register", "dataset:2", Map.of("rows", 1), List.of(5L)));
                throw new HustingsException(org.hustings.ErrorCode.BAD_INPUT, "the import failed");
            })).hasMessageContaining("the import failed");
            assertThat(ledger.latest(10)).hasSize(1);
            assertThat(ledger.entriesForPerson(5)).isEmpty();
            long next = t.store().write(c -> ledger.append(c, new LedgerEntry("cli", "import.register", "dataset:3", Map.of())));
            assertThat(next).isEqualTo(2);
            assertThat(ledger.verify()).isInstanceOf(Verification.Intact.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void appendingOutsideATransactionIsRefused(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            assertThatThrownBy(() -> t.store().read(c -> ledger.append(c, new LedgerEntry("cli", "config.source", "s", Map.of()))))
                    .isInstanceOf(HustingsException.class).hasMessageContaining("inside an open transaction");
        }
    }
}
