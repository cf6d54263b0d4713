package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hustings.HustingsException;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;

/**
 * Any sequence of random safe entries verifies, with the head at the last hash; any single random
 * edit, deletion, swap, forged entry or person-row change is then detected at the right entry.
 * One store per engine for the whole run, emptied between tries.
 */
class LedgerProperties {
    private static final Map<StoreKind, TestStores.TestStore> STORES = new EnumMap<>(StoreKind.class);

    enum Change { ACTOR, ACTION, SUBJECT, DETAILS, TIME, DELETE, SWAP, PERSON_CHANGED, PERSON_REMOVED, PERSON_ADDED, FORGED_AFTER_HEAD }

    record Mutation(Change change, int at) { }

    @AfterContainer
    static void closeStores() {
        STORES.values().forEach(TestStores.TestStore::close);
        STORES.clear();
    }

    private static synchronized TestStores.TestStore store(StoreKind kind) {
        TestStores.TestStore t = STORES.computeIfAbsent(kind, TestStores::open);
        Forger f = new Forger(t.store());
        f.sql("DELETE FROM ledger_entry");
        f.sql("DELETE FROM ledger_person");
        f.sql("UPDATE ledger_head SET seq = 0, hash = ?", CanonicalForm.GENESIS);
        return t;
    }

    @Property(tries = 40)
    void randomSafeEntriesVerifyAndAnySingleMutationIsDetected(@ForAll("kinds") StoreKind kind,
            @ForAll("entries") List<LedgerEntry> entries, @ForAll("mutations") Mutation mutation) {
        TestStores.TestStore t = store(kind);
        Ledger ledger = new Ledger(t.store());
        entries.forEach(ledger::append);
        int n = entries.size();
        Verification before = ledger.verify();
        assertThat(before).isEqualTo(new Verification.Intact(n, ledger.latest(1).get(0).hash()));
        assertThat(ledger.verify(2, 3, null)).isEqualTo(before);

        Forger f = new Forger(t.store());
        long k = 1 + mutation.at() % n;
        Change change = mutation.change();
        if (change == Change.SWAP && n < 2) {
            change = Change.ACTOR;
        }
        if (change == Change.SWAP && k == n) {
            k = n - 1;
        }
        if ((change == Change.PERSON_CHANGED || change == Change.PERSON_REMOVED) && entries.get((int) k - 1).personIds().isEmpty()) {
            change = Change.PERSON_ADDED;
        }
        long firstPerson = entries.get((int) k - 1).personIds().stream().mapToLong(Long::longValue).min().orElse(0);
        Tampering expected = switch (change) {
            case ACTOR -> edit(f, "UPDATE ledger_entry SET actor = actor || 'x' WHERE seq = ?", k);
            case ACTION -> edit(f, "UPDATE ledger_entry SET action = action || 'x' WHERE seq = ?", k);
            case SUBJECT -> edit(f, "UPDATE ledger_entry SET subject = subject || 'x' WHERE seq = ?", k);
            case DETAILS -> edit(f, "UPDATE ledger_entry SET details = CASE WHEN details = '{}' THEN '{\"a\":1}' ELSE '{}' END WHERE seq = ?", k);
            case TIME -> edit(f, "UPDATE ledger_entry SET recorded_at = recorded_at - INTERVAL '1 microsecond' WHERE seq = ?", k);
            case DELETE -> {
                f.sql("DELETE FROM ledger_entry WHERE seq = ?", k);
                yield Tampering.DELETED;
            }
            case SWAP -> {
                f.swap(k, k + 1);
                yield Tampering.REORDERED;
            }
            case PERSON_CHANGED -> {
                f.sql("UPDATE ledger_person SET person_id = -person_id WHERE seq = ? AND person_id = ?", k, firstPerson);
                yield Tampering.PERSONS_CHANGED;
            }
            case PERSON_REMOVED -> {
                f.sql("DELETE FROM ledger_person WHERE seq = ? AND person_id = ?", k, firstPerson);
                yield Tampering.PERSONS_CHANGED;
            }
            case PERSON_ADDED -> {
                f.sql("INSERT INTO ledger_person (seq, person_id) VALUES (?, ?)", k, 5_000_000L);
                yield Tampering.PERSONS_CHANGED;
            }
            case FORGED_AFTER_HEAD -> {
                k = n + 1;
                f.forge(k, f.hashOf(n), "forger", true);
                yield Tampering.INSERTED;
            }
        };
        Verification after = ledger.verify();
        assertThat(after).isInstanceOf(Verification.Broken.class);
        // the same answer when the walk pages through two entries and three person ids at a time
        assertThat(ledger.verify(2, 3, null)).isEqualTo(after);
        Verification.Broken broken = (Verification.Broken) after;
        assertThat(broken.tampering()).as(change + " at " + k + ": " + broken.describe()).isEqualTo(expected);
        assertThat(broken.position()).as(change + " at " + k + ": " + broken.describe()).isEqualTo(k);
    }

    private static Tampering edit(Forger f, String sql, long seq) {
        assertThat(f.sql(sql, seq)).isEqualTo(1);
        return Tampering.EDITED;
    }

    @Provide
    Arbitrary<StoreKind> kinds() {
        return Arbitraries.of(StoreKind.values());
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.of(Change.class), Arbitraries.integers().between(0, 1000)).as(Mutation::new);
    }

    @Provide
    Arbitrary<List<LedgerEntry>> entries() {
        return entry().list().ofMinSize(1).ofMaxSize(8);
    }

    private static Arbitrary<String> code(int max) {
        return Arbitraries.strings().withChars("abcXYZ019._:-/#=+,()'*!?$%&;<>[]^{}|~`").ofMinLength(1).ofMaxLength(max)
                .filter(LedgerProperties::safe);
    }

    private static boolean safe(String s) {
        try {
            Minimisation.checkText("probe", s, Minimisation.MAX_TEXT);
            return true;
        } catch (HustingsException e) {
            return false;
        }
    }

    private static Arbitrary<Object> value() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(4).map(d -> (Object) d),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                code(60).map(s -> (Object) s),
                code(20).list().ofMaxSize(4).map(l -> (Object) l),
                Arbitraries.maps(code(10), Arbitraries.longs()).ofMaxSize(3).map(m -> (Object) m));
    }

    private static Arbitrary<LedgerEntry> entry() {
        Arbitrary<String> action = Arbitraries.of("import.register", "gate.read", "export.audience", "rights.erasure", "config.source");
        Arbitrary<Map<String, Object>> details = Arbitraries.maps(code(20), value()).ofMaxSize(5);
        Arbitrary<List<Long>> persons = Arbitraries.longs().between(1, 1_000_000).set().ofMaxSize(20).map(ArrayList::new);
        return Combinators.combine(code(30), action, code(50).injectNull(0.2), details, persons).as(LedgerEntry::new);
    }
}
