package org.hustings.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * The ledger: append an entry (inside the caller's transaction, or in its own), verify the whole
 * chain, and answer what reached a person. See {@code package-info.java} for the design and the
 * canonical form each hash covers.
 */
public final class Ledger {
    /**
     * Person lists of at least this many ids are kept as runs of consecutive ids
     * ({@code ledger_person_range}, see {@link PersonRuns}); shorter ones one row per person
     * ({@code ledger_person}). Runs and rows are written with the store's bulk load from this many on.
     */
    static final int BULK_FROM = 1000;

    private final Store store;

    public Ledger(Store store) {
        this.store = store;
    }

    /**
     * Appends an entry inside the caller's open transaction ({@code store.write}): it commits or
     * rolls back with the caller's work, and numbers and chains from the committed head. Updating
     * the single head row first makes concurrent appenders wait for each other (PostgreSQL holds
     * the row lock until commit; DuckDB's writes are serialised by the store), so there is one chain.
     *
     * @return the entry's place in the chain
     */
    public long append(Connection c, LedgerEntry e) throws SQLException {
        if (c.getAutoCommit()) {
            throw new HustingsException(ErrorCode.INTERNAL,
                    "A ledger entry must be appended inside an open transaction (store.write), not on an auto-commit connection.");
        }
        CanonicalForm.Persons persons = CanonicalForm.persons(e.personIds());
        String details = CanonicalForm.details(e.details());

        long seq;
        String previous;
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash");
             ResultSet r = ps.executeQuery()) {
            if (!r.next()) {
                throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "The ledger head row is missing: the ledger cannot be appended to.");
            }
            seq = r.getLong(1);
            previous = r.getString(2);
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // taken after the head is held, so times follow seq
        String hash = CanonicalForm.hash(seq, CanonicalForm.time(at), e.actor(), e.action(), e.subject(), details,
                persons.count(), persons.sha256(), previous);

        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_entry (seq, recorded_at, actor, action, subject, details, "
                + "person_count, persons_sha256, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            ps.setString(3, e.actor());
            ps.setString(4, e.action());
            ps.setString(5, e.subject());
            ps.setString(6, details);
            ps.setLong(7, persons.count());
            ps.setString(8, persons.sha256());
            ps.setString(9, previous);
            ps.setString(10, hash);
            ps.executeUpdate();
        }
        insertPersons(c, seq, persons.ids());
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_head SET hash = ? WHERE id = 1")) {
            ps.setString(1, hash);
            ps.executeUpdate();
        }
        return seq;
    }

    /** Appends an entry in its own transaction. */
    public long append(LedgerEntry e) {
        return store.write(c -> append(c, e));
    }

    /** Checks the whole chain, streaming it in pages, and says where it first breaks. */
    public Verification verify() {
        return verify(ChainWalk.PAGE, ChainWalk.PERSON_CHUNK, null);
    }

    /**
     * Checks the whole chain as {@link #verify()} does, and that it still passes through a head
     * noted earlier outside Hustings: this catches a rewrite that recomputed every hash.
     */
    public Verification verifyThrough(Checkpoint noted) {
        return verify(ChainWalk.PAGE, ChainWalk.PERSON_CHUNK, noted);
    }

    /** Verification with given page sizes (entries per page, person ids per run), for tests of the paging. */
    Verification verify(int pageSize, long personChunk, Checkpoint noted) {
        return store.read(c -> ChainWalk.inSnapshot(c, store.kind(), pageSize, personChunk, noted));
    }

    /**
     * Every entry that reached this person, oldest first (for subject access, UK GDPR Art 15): the
     * entries naming them in a row of their own, and those whose runs of ids include them.
     */
    public List<RecordedEntry> entriesForPerson(long personId) {
        return store.read(c -> EntryRows.list(c, "SELECT " + EntryRows.COLUMNS + " FROM ledger_entry WHERE seq IN "
                + "(SELECT seq FROM ledger_person WHERE person_id = ? UNION SELECT seq FROM ledger_person_range "
                + "WHERE bucket = ? AND first_id <= ? AND last_id >= ?) ORDER BY seq",
                personId, PersonRuns.bucket(personId), personId, personId));
    }

    /** The most recent entries, newest first. */
    public List<RecordedEntry> latest(int limit) {
        return store.read(c -> EntryRows.list(c, "SELECT " + EntryRows.COLUMNS + " FROM ledger_entry ORDER BY seq DESC LIMIT ?",
                Math.max(0, limit)));
    }

    /** The most recent entries of one action (e.g. {@code gate.read}), newest first. */
    public List<RecordedEntry> latest(int limit, String action) {
        return store.read(c -> EntryRows.list(c, "SELECT " + EntryRows.COLUMNS
                + " FROM ledger_entry WHERE action = ? ORDER BY seq DESC LIMIT ?", action, Math.max(0, limit)));
    }

    /** The ids of the people an entry reached, ascending (its rows and its runs, expanded). */
    public List<Long> personsOf(long seq) {
        return store.read(c -> {
            List<Long> ids = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM ledger_person WHERE seq = ? ORDER BY person_id")) {
                ps.setLong(1, seq);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT first_id, last_id FROM ledger_person_range WHERE seq = ? ORDER BY first_id")) {
                ps.setLong(1, seq);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        for (long id = r.getLong(1); id <= r.getLong(2); id++) {
                            ids.add(id);
                        }
                    }
                }
            }
            ids.sort(null);
            return ids;
        });
    }

    private void insertPersons(Connection c, long seq, long[] ids) throws SQLException {
        if (ids.length >= BULK_FROM) {
            insertRuns(c, seq, PersonRuns.of(ids));
            return;
        }
        if (ids.length == 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_person (seq, person_id) VALUES (?, ?)")) {
            for (long id : ids) {
                ps.setLong(1, seq);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertRuns(Connection c, long seq, PersonRuns runs) throws SQLException {
        if (runs.size() >= BULK_FROM) {
            try (BulkLoad load = store.bulkLoad(c, "ledger_person_range", List.of("seq", "bucket", "first_id", "last_id"))) {
                for (int i = 0; i < runs.size(); i++) {
                    load.row(seq, PersonRuns.bucket(runs.first[i]), runs.first[i], runs.last[i]);
                }
                load.finish();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_person_range (seq, bucket, first_id, last_id) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < runs.size(); i++) {
                ps.setLong(1, seq);
                ps.setLong(2, PersonRuns.bucket(runs.first[i]));
                ps.setLong(3, runs.first[i]);
                ps.setLong(4, runs.last[i]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
