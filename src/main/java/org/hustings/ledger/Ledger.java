package org.hustings.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.BulkLoad;
import org.hustings.store.Placeholders;
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

    /** Entries per multi-row INSERT of a batch (10 parameters each; PostgreSQL takes at most 65,535 per statement). */
    static final int ENTRY_ROWS = 500;
    /** Entry numbers per {@code seq IN (…)} when reading a person's entries. */
    static final int SEQ_CHUNK = 500;

    private final Store store;
    private final Clock clock;

    public Ledger(Store store) {
        this(store, Clock.systemUTC());
    }

    /** A ledger whose entries take their times from {@code clock} (tests: a batch and the same entries one by one, compared). */
    Ledger(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
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
        return appendAll(c, List.of(e))[0];
    }

    /**
     * Appends several entries, in the order given, inside the caller's open transaction, in a few
     * statements however many there are: one head update that reserves their numbers and reads
     * the hash to chain from, one multi-row insert of the entries (per {@value #ENTRY_ROWS}), one
     * of their person rows and one of their runs (each only if there are any), and one head update
     * with the last hash — four for the entries of an erasure. The chain is byte for byte what appending them
     * one at a time gives: each entry's time is taken from the clock in turn after the head is held,
     * and each entry's previous hash is the one before it in the batch (LedgerBatchProperties).
     * Use it where one transaction records several things (an erasure: the flags it set, the
     * erasure, the completed request), so the head is also held for less of the transaction.
     *
     * @return the entries' places in the chain, consecutive, in the order given (empty for no entries)
     */
    public long[] appendAll(Connection c, List<LedgerEntry> entries) throws SQLException {
        if (c.getAutoCommit()) {
            throw new HustingsException(ErrorCode.INTERNAL,
                    "A ledger entry must be appended inside an open transaction (store.write), not on an auto-commit connection.");
        }
        int n = entries.size();
        if (n == 0) {
            return new long[0];
        }
        // Canonical forms before the head is held: an entry that cannot be written refuses the batch with nothing changed.
        CanonicalForm.Persons[] persons = new CanonicalForm.Persons[n];
        String[] details = new String[n];
        for (int i = 0; i < n; i++) {
            persons[i] = CanonicalForm.persons(entries.get(i).personIds());
            details[i] = CanonicalForm.details(entries.get(i).details());
        }

        long last;
        String previous;
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_head SET seq = seq + ? WHERE id = 1 RETURNING seq, hash")) {
            ps.setLong(1, n);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "The ledger head row is missing: the ledger cannot be appended to.");
                }
                last = r.getLong(1);
                previous = r.getString(2);
            }
        }
        long[] seqs = new long[n];
        Instant[] times = new Instant[n];
        String[] hashes = new String[n];
        String[] previousHashes = new String[n];
        for (int i = 0; i < n; i++) {
            LedgerEntry e = entries.get(i);
            seqs[i] = last - n + 1 + i;
            times[i] = clock.instant().truncatedTo(ChronoUnit.MICROS); // taken after the head is held, so times follow seq
            previousHashes[i] = previous;
            hashes[i] = CanonicalForm.hash(seqs[i], CanonicalForm.time(times[i]), e.actor(), e.action(), e.subject(), details[i],
                    persons[i].count(), persons[i].sha256(), previous);
            previous = hashes[i];
        }

        for (int from = 0; from < n; from += ENTRY_ROWS) {
            int to = Math.min(n, from + ENTRY_ROWS);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_entry (seq, recorded_at, actor, action, subject, details, "
                    + "person_count, persons_sha256, previous_hash, hash) VALUES " + Placeholders.rows(to - from, 10))) {
                int k = 1;
                for (int i = from; i < to; i++) {
                    LedgerEntry e = entries.get(i);
                    ps.setLong(k++, seqs[i]);
                    ps.setObject(k++, OffsetDateTime.ofInstant(times[i], ZoneOffset.UTC));
                    ps.setString(k++, e.actor());
                    ps.setString(k++, e.action());
                    ps.setString(k++, e.subject());
                    ps.setString(k++, details[i]);
                    ps.setLong(k++, persons[i].count());
                    ps.setString(k++, persons[i].sha256());
                    ps.setString(k++, previousHashes[i]);
                    ps.setString(k++, hashes[i]);
                }
                ps.executeUpdate();
            }
        }
        insertPersons(c, seqs, persons);
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_head SET hash = ? WHERE id = 1")) {
            ps.setString(1, hashes[n - 1]);
            ps.executeUpdate();
        }
        return seqs;
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
     * entries naming them in a row of their own, and those whose runs of ids include them. Two
     * steps: the entries' numbers (indexed look-ups, by person in {@code ledger_person} and by
     * bucket in {@code ledger_person_range}), then the entries by number ({@code seq IN (…)}: the
     * primary key on PostgreSQL; on DuckDB a scan that skips the row groups holding none of those
     * numbers). One query joining {@code ledger_entry} to the two (an {@code IN} subquery) was a
     * hash join over every entry on DuckDB (ADR 0214).
     */
    public List<RecordedEntry> entriesForPerson(long personId) {
        return store.read(c -> entries(c, seqsForPerson(c, personId)));
    }

    /**
     * The bucket of {@code ledger_person_range} that holds every run of ids a person can be in
     * (floor(id / 65,536), see {@code package-info}): for a caller's own indexed look-up,
     * {@code SELECT seq, first_id, last_id FROM ledger_person_range WHERE bucket = ?}, whose runs
     * with {@code first_id <= id <= last_id} are the entries that name the person that way.
     */
    public static long runBucket(long personId) {
        return PersonRuns.bucket(personId);
    }

    /** The numbers of the entries that name a person, ascending and distinct. */
    static long[] seqsForPerson(Connection c, long personId) throws SQLException {
        java.util.TreeSet<Long> seqs = new java.util.TreeSet<>();
        // Each branch is a single indexed equality; the runs found in the person's bucket are checked here, not in SQL
        // (DuckDB uses an index only when one equality is the whole WHERE clause: STORES.md).
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, 0 AS first_id, 0 AS last_id, 0 AS run FROM ledger_person "
                + "WHERE person_id = ? UNION ALL SELECT seq, first_id, last_id, 1 AS run FROM ledger_person_range WHERE bucket = ?")) {
            ps.setLong(1, personId);
            ps.setLong(2, PersonRuns.bucket(personId));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (r.getInt(4) == 0 || r.getLong(2) <= personId && personId <= r.getLong(3)) {
                        seqs.add(r.getLong(1));
                    }
                }
            }
        }
        return seqs.stream().mapToLong(Long::longValue).toArray();
    }

    /** The entries with these numbers (ascending, distinct), in that order: {@code seq IN (…)} in chunks of {@value #SEQ_CHUNK}. */
    static List<RecordedEntry> entries(Connection c, long[] seqs) throws SQLException {
        List<RecordedEntry> out = new java.util.ArrayList<>(seqs.length);
        for (int from = 0; from < seqs.length; from += SEQ_CHUNK) {
            int to = Math.min(seqs.length, from + SEQ_CHUNK);
            Object[] params = new Object[to - from];
            for (int i = from; i < to; i++) {
                params[i - from] = seqs[i];
            }
            out.addAll(EntryRows.list(c, "SELECT " + EntryRows.COLUMNS + " FROM ledger_entry WHERE seq IN ("
                    + Placeholders.list(params.length) + ") ORDER BY seq", params));
        }
        return out;
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

    /**
     * The person ids of a batch: entries of fewer than {@link #BULK_FROM} ids as rows of
     * {@code ledger_person}, larger ones as runs in {@code ledger_person_range}; each table filled
     * by one multi-row insert, or by the store's bulk load from {@link #BULK_FROM} rows on.
     */
    private void insertPersons(Connection c, long[] seqs, CanonicalForm.Persons[] persons) throws SQLException {
        int rowCount = 0;
        int runCount = 0;
        PersonRuns[] runs = new PersonRuns[seqs.length];
        for (int i = 0; i < seqs.length; i++) {
            long[] ids = persons[i].ids();
            if (ids.length >= BULK_FROM) {
                runs[i] = PersonRuns.of(ids);
                runCount += runs[i].size();
            } else {
                rowCount += ids.length;
            }
        }
        if (rowCount > 0) {
            Rows out = rows(c, "ledger_person", List.of("seq", "person_id"), rowCount);
            for (int i = 0; i < seqs.length; i++) {
                if (runs[i] == null) {
                    for (long id : persons[i].ids()) {
                        out.add(seqs[i], id);
                    }
                }
            }
            out.send();
        }
        if (runCount > 0) {
            Rows out = rows(c, "ledger_person_range", List.of("seq", "bucket", "first_id", "last_id"), runCount);
            for (int i = 0; i < seqs.length; i++) {
                PersonRuns r = runs[i];
                for (int j = 0; r != null && j < r.size(); j++) {
                    out.add(seqs[i], PersonRuns.bucket(r.first[j]), r.first[j], r.last[j]);
                }
            }
            out.send();
        }
    }

    /** Where {@code count} rows of one table go: the store's bulk load from {@link #BULK_FROM} rows on, else multi-row inserts. */
    private Rows rows(Connection c, String table, List<String> columns, int count) throws SQLException {
        if (count >= BULK_FROM) {
            BulkLoad load = store.bulkLoad(c, table, columns);
            return new Rows() {
                @Override
                public void add(long... values) {
                    Object[] row = new Object[values.length];
                    for (int i = 0; i < values.length; i++) {
                        row[i] = values[i];
                    }
                    load.row(row);
                }

                @Override
                public void send() {
                    try (load) {
                        load.finish();
                    }
                }
            };
        }
        return new Inserts(c, table, columns, count);
    }

    /** Rows of longs for one table: added, then sent in one go. (A failure in between rolls the transaction back, and the store cancels an open load.) */
    private interface Rows {
        void add(long... values);

        void send() throws SQLException;
    }

    /** Fewer than {@link #BULK_FROM} rows as ONE multi-row INSERT: on DuckDB a JDBC batch is still one statement per row. */
    private static final class Inserts implements Rows {
        private final Connection c;
        private final String sql;
        private final long[] values;
        private int n;

        Inserts(Connection c, String table, List<String> columns, int count) {
            this.c = c;
            this.sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES " + Placeholders.rows(count, columns.size());
            this.values = new long[count * columns.size()];
        }

        @Override
        public void add(long... row) {
            System.arraycopy(row, 0, values, n, row.length);
            n += row.length;
        }

        @Override
        public void send() throws SQLException {
            if (n != values.length) {
                throw new IllegalStateException("expected " + values.length + " values, got " + n);
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setLong(i + 1, values[i]);
                }
                ps.executeUpdate();
            }
        }
    }
}
