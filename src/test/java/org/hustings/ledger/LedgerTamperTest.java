package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of edit behind the ledger's back is detected, at the right entry, on both stores. */
class LedgerTamperTest {
    private static final int ENTRIES = 6;

    /** Builds a six-entry ledger (entry n reached people n*10 … n*10+2), tampers, and verifies. */
    private static Verification.Broken tampered(StoreKind kind, Consumer<Forger> tamper) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            for (long n = 1; n <= ENTRIES; n++) {
                ledger.append(new LedgerEntry("web:" + n, "gate.read", "purpose:canvassing",
                        Map.of("people", 3, "fields", List.of("contact.phone")), List.of(n * 10, n * 10 + 1, n * 10 + 2)));
            }
            assertThat(ledger.verify()).isInstanceOf(Verification.Intact.class);
            tamper.accept(new Forger(t.store()));
            Verification v = ledger.verify();
            assertThat(v).isInstanceOf(Verification.Broken.class);
            assertThat(ledger.verify(2, 4, null)).as("the same finding when paging two entries at a time").isEqualTo(v);
            return (Verification.Broken) v;
        }
    }

    private static void assertBroken(Verification.Broken b, long position, Tampering kind) {
        assertBroken(b, position, kind, Math.max(0, position - 1));
    }

    private static void assertBroken(Verification.Broken b, long position, Tampering kind, long intactBefore) {
        assertThat(b.position()).as(b.describe()).isEqualTo(position);
        assertThat(b.tampering()).as(b.describe()).isEqualTo(kind);
        assertThat(b.intactBefore()).as(b.describe()).isEqualTo(intactBefore);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aChangedDetailIsAnEdit(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("UPDATE ledger_entry SET details = '{\"fields\":[\"contact.phone\"],\"people\":2}' WHERE seq = 3")),
                3, Tampering.EDITED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aChangedActorIsAnEdit(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("UPDATE ledger_entry SET actor = 'web:1' WHERE seq = 4")), 4, Tampering.EDITED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aTimestampMovedByOneMicrosecondIsAnEdit(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("UPDATE ledger_entry SET recorded_at = recorded_at + INTERVAL '1 microsecond' WHERE seq = 2")),
                2, Tampering.EDITED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aChangedPersonCountIsAnEdit(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("UPDATE ledger_entry SET person_count = 2 WHERE seq = 5")), 5, Tampering.EDITED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anEditCoveredByARecomputedHashIsStillAnEdit(StoreKind kind) {
        assertBroken(tampered(kind, f -> {
            f.sql("UPDATE ledger_entry SET subject = 'purpose:email' WHERE seq = 3");
            f.rehash(3);
        }), 3, Tampering.EDITED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRehashedEditOfTheLastEntryIsCaughtByTheHead(StoreKind kind) {
        assertBroken(tampered(kind, f -> {
            f.sql("UPDATE ledger_entry SET actor = 'cli' WHERE seq = ?", ENTRIES);
            f.rehash(ENTRIES);
        }), ENTRIES, Tampering.EDITED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aDeletedMiddleEntryIsADeletion(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("DELETE FROM ledger_entry WHERE seq = 3")), 3, Tampering.DELETED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aDeletedLastEntryIsCaughtByTheHead(StoreKind kind) {
        assertBroken(tampered(kind, f -> {
            f.sql("DELETE FROM ledger_entry WHERE seq = ?", ENTRIES);
            f.sql("DELETE FROM ledger_person WHERE seq = ?", ENTRIES);
        }), ENTRIES, Tampering.DELETED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aForgedEntryAfterTheHeadIsAnInsertion(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.forge(ENTRIES + 1, f.hashOf(ENTRIES), "web:1", true)), ENTRIES + 1, Tampering.INSERTED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aForgedEntryWithAValidHashSlippedIntoTheMiddleIsAnInsertion(StoreKind kind) {
        assertBroken(tampered(kind, f -> {
            String before = f.hashOf(2);
            f.openGapAt(3);
            f.forge(3, before, "web:1", true);
            f.sql("UPDATE ledger_head SET seq = seq + 1");
        }), 3, Tampering.INSERTED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aForgedEntryWithAJunkHashSlippedIntoTheMiddleIsAnInsertion(StoreKind kind) {
        assertBroken(tampered(kind, f -> {
            String before = f.hashOf(2);
            f.openGapAt(3);
            f.forge(3, before, "web:1", false);
            f.sql("UPDATE ledger_head SET seq = seq + 1");
        }), 3, Tampering.INSERTED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void swappedEntriesAreAReordering(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.swap(3, 4)), 3, Tampering.REORDERED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void swappingTheFirstTwoIsAReordering(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.swap(1, 2)), 1, Tampering.REORDERED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aChangedPersonIdIsCaught(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("UPDATE ledger_person SET person_id = 99 WHERE seq = 4 AND person_id = 41")),
                4, Tampering.PERSONS_CHANGED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRemovedPersonRowIsCaught(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("DELETE FROM ledger_person WHERE seq = 2 AND person_id = 20")), 2, Tampering.PERSONS_CHANGED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anAddedPersonRowIsCaught(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("INSERT INTO ledger_person (seq, person_id) VALUES (5, 77)")), 5, Tampering.PERSONS_CHANGED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aDuplicatedPersonRowIsCaught(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("INSERT INTO ledger_person (seq, person_id) VALUES (1, 10)")), 1, Tampering.PERSONS_CHANGED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void personRowsForAnEntryThatDoesNotExistAreCaught(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("INSERT INTO ledger_person (seq, person_id) VALUES (40, 1)")), 40, Tampering.PERSONS_CHANGED,
                ENTRIES);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aPersonMovedBetweenEntriesIsCaught(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("UPDATE ledger_person SET seq = 3 WHERE seq = 4 AND person_id = 40")),
                3, Tampering.PERSONS_CHANGED);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anEntryNumberedBeforeTheStartIsAnInsertion(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.forge(0, CanonicalForm.GENESIS, "web:1", true)), 0, Tampering.INSERTED, ENTRIES);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void personRowsNumberedBeforeTheStartAreCaught(StoreKind kind) {
        assertBroken(tampered(kind, f -> f.sql("INSERT INTO ledger_person (seq, person_id) VALUES (-3, 1)")), -3,
                Tampering.PERSONS_CHANGED, ENTRIES);
    }
}
