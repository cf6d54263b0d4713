package org.hustings.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hustings.store.Store;

/**
 * Someone with write access to the store who changes the ledger behind its back, one statement
 * per transaction (as an attacker at a SQL prompt would). Used by the tamper tests.
 */
final class Forger {
    private final Store store;

    Forger(Store store) {
        this.store = store;
    }

    int sql(String sql, Object... params) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    String text(String sql, Object... params) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        });
    }

    /** Moves entries (and their person rows) from seq {@code from} onwards up by one, leaving a hole at {@code from}. */
    void openGapAt(long from) {
        sql("UPDATE ledger_entry SET seq = seq + 100000 WHERE seq >= ?", from);
        sql("UPDATE ledger_entry SET seq = seq - 99999 WHERE seq >= 100000");
        sql("UPDATE ledger_person SET seq = seq + 1 WHERE seq >= ?", from);
        sql("UPDATE ledger_person_range SET seq = seq + 1 WHERE seq >= ?", from);
    }

    /** Swaps two entries' places, with their person rows. */
    void swap(long a, long b) {
        sql("UPDATE ledger_entry SET seq = -1 WHERE seq = ?", a);
        sql("UPDATE ledger_entry SET seq = ? WHERE seq = ?", a, b);
        sql("UPDATE ledger_entry SET seq = ? WHERE seq = -1", b);
        sql("UPDATE ledger_person SET seq = -1 WHERE seq = ?", a);
        sql("UPDATE ledger_person SET seq = ? WHERE seq = ?", a, b);
        sql("UPDATE ledger_person SET seq = ? WHERE seq = -1", b);
        sql("UPDATE ledger_person_range SET seq = -1 WHERE seq = ?", a);
        sql("UPDATE ledger_person_range SET seq = ? WHERE seq = ?", a, b);
        sql("UPDATE ledger_person_range SET seq = ? WHERE seq = -1", b);
    }

    /** Writes an entry row with a hash computed exactly as the ledger would (a forger who read package-info). */
    void forge(long seq, String previous, String actor, boolean validHash) {
        java.time.Instant at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        CanonicalForm.Persons none = CanonicalForm.persons(java.util.List.of());
        String details = "{\"rows\":1}";
        String hash = validHash
                ? CanonicalForm.hash(seq, CanonicalForm.time(at), actor, "export.audience", "audience:1", details, 0, none.sha256(), previous)
                : "f".repeat(64);
        sql("INSERT INTO ledger_entry (seq, recorded_at, actor, action, subject, details, person_count, persons_sha256, "
                + "previous_hash, hash) VALUES (?, ?, ?, 'export.audience', 'audience:1', ?, 0, ?, ?, ?)",
                seq, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), actor, details, none.sha256(), previous, hash);
    }

    String hashOf(long seq) {
        return text("SELECT hash FROM ledger_entry WHERE seq = ?", seq);
    }

    /** Recomputes one entry's hash from its (edited) content, as a forger covering tracks would. */
    void rehash(long seq) {
        RecordedEntry e = store.read(c -> EntryRows.list(c, "SELECT " + EntryRows.COLUMNS + " FROM ledger_entry WHERE seq = ?", seq)).get(0);
        String hash = CanonicalForm.hash(e.seq(), e.time(), e.actor(), e.action(), e.subject(), e.detailsJson(), e.personCount(),
                e.personsSha256(), e.previousHash());
        sql("UPDATE ledger_entry SET hash = ? WHERE seq = ?", hash, seq);
    }

    /** Recomputes every hash from entry {@code from} to the end and the head: a rewrite no plain verify can see. */
    void rewriteFrom(long from) {
        long last = Long.parseLong(text("SELECT max(seq) FROM ledger_entry"));
        String previous = from == 1 ? CanonicalForm.GENESIS : hashOf(from - 1);
        for (long seq = from; seq <= last; seq++) {
            sql("UPDATE ledger_entry SET previous_hash = ? WHERE seq = ?", previous, seq);
            rehash(seq);
            previous = hashOf(seq);
        }
        sql("UPDATE ledger_head SET hash = ?", previous);
    }
}
