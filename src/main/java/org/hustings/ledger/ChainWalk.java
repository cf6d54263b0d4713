package org.hustings.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.hustings.store.StoreKind;

/**
 * Walks the chain from the first entry to the head, in pages of entries (keyset paging on seq)
 * and, for each run of entries, their person rows in seq and id order, so memory stays bounded
 * however long the ledger is. At each entry, in this order: is it the next number (else
 * deleted), is it within the head (else inserted), does it name the previous entry's hash (else
 * inserted, reordered or edited, found by looking the named hash up), does its hash match its
 * content (else edited, or inserted if the next entry links past it), do its person rows match
 * its digest (else person list changed). At the end the head must match the last entry.
 */
final class ChainWalk {
    static final int PAGE = 500;
    static final long PERSON_CHUNK = 50_000;
    private static final int FETCH = 10_000;

    private final Connection c;
    private final int pageSize;
    private final long personChunk;
    private final Checkpoint checkpoint;
    private final long headSeq;
    private final String headHash;
    private long expected = 1;
    private String running = CanonicalForm.GENESIS;
    private String beforeRunning = CanonicalForm.GENESIS;

    private ChainWalk(Connection c, int pageSize, long personChunk, Checkpoint checkpoint, long headSeq, String headHash) {
        this.c = c;
        this.checkpoint = checkpoint;
        this.pageSize = pageSize;
        this.personChunk = personChunk;
        this.headSeq = headSeq;
        this.headHash = headHash;
    }

    /** Runs the walk in one read-only snapshot, so appends made meanwhile are not half-seen. */
    static Verification inSnapshot(Connection c, StoreKind kind, int pageSize, long personChunk, Checkpoint checkpoint)
            throws SQLException {
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        try {
            if (kind == StoreKind.POSTGRESQL) {
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            long seq = -1;
            String hash = null;
            int heads = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM ledger_head");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    seq = r.getLong(1);
                    hash = r.getString(2);
                    heads++;
                }
            }
            if (heads != 1) {
                return new Verification.Broken(0, Tampering.DELETED, "The ledger head row (which records the last entry's "
                        + "number and hash) is missing, so a deletion at the end could not be detected.", 0, CanonicalForm.GENESIS);
            }
            return new ChainWalk(c, pageSize, personChunk, checkpoint, seq, hash).walk();
        } finally {
            c.rollback();
            if (kind == StoreKind.POSTGRESQL) {
                c.setTransactionIsolation(isolation);
            }
            c.setAutoCommit(true);
        }
    }

    private Verification walk() throws SQLException {
        long after = 0;
        while (true) {
            List<RecordedEntry> page = EntryRows.list(c, "SELECT " + EntryRows.COLUMNS
                    + " FROM ledger_entry WHERE seq > ? ORDER BY seq LIMIT " + pageSize, after);
            if (page.isEmpty()) {
                return finish(after);
            }
            int i = 0;
            while (i < page.size()) {
                int j = i;
                long persons = 0;
                while (j < page.size() && (j == i || persons + page.get(j).personCount() <= personChunk)) {
                    persons += page.get(j).personCount();
                    j++;
                }
                long from = i == 0 ? after : page.get(i - 1).seq();
                Verification.Broken broken = checkRun(page.subList(i, j), from, page.get(j - 1).seq());
                if (broken != null) {
                    return broken;
                }
                i = j;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    /**
     * Checks entries whose seq lies in (from, to], merging in their person rows and runs: an entry
     * keeps its people either as rows or as runs, and the two streams, each in id order, are merged
     * so the digest sees the ids in ascending order whichever way they were kept.
     */
    private Verification.Broken checkRun(List<RecordedEntry> run, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, person_id FROM ledger_person WHERE seq > ? AND seq <= ? ORDER BY seq, person_id");
             PreparedStatement rs = c.prepareStatement(
                "SELECT seq, bucket, first_id, last_id FROM ledger_person_range WHERE seq > ? AND seq <= ? ORDER BY seq, first_id, last_id")) {
            ps.setFetchSize(FETCH);
            ps.setLong(1, from);
            ps.setLong(2, to);
            rs.setFetchSize(FETCH);
            rs.setLong(1, from);
            rs.setLong(2, to);
            try (ResultSet r = ps.executeQuery(); ResultSet ranges = rs.executeQuery()) {
                boolean more = r.next();
                Runs runs = new Runs(ranges);
                for (RecordedEntry e : run) {
                    Verification.Broken broken = checkChain(e);
                    if (broken != null) {
                        return broken;
                    }
                    long orphan = Math.min(more ? r.getLong(1) : Long.MAX_VALUE, runs.more() ? runs.seq : Long.MAX_VALUE);
                    if (orphan < e.seq()) {
                        return broken(orphan, Tampering.PERSONS_CHANGED, "there are person rows for entry "
                                + orphan + ", which does not exist.");
                    }
                    if (runs.more() && runs.seq == e.seq() && runs.malformed) {
                        return broken(e.seq(), Tampering.PERSONS_CHANGED, "a run of person ids of the entry is reversed or names "
                                + "the wrong bucket, so looking a person up would miss it.");
                    }
                    CanonicalForm.PersonDigest digest = new CanonicalForm.PersonDigest();
                    while (true) {
                        boolean row = more && r.getLong(1) == e.seq();
                        boolean inRun = runs.more() && runs.seq == e.seq();
                        if (!row && !inRun) {
                            break;
                        }
                        if (row && (!inRun || r.getLong(2) <= runs.current)) {
                            digest.add(r.getLong(2));
                            more = r.next();
                        } else {
                            digest.add(runs.current);
                            if (!runs.advance()) {
                                return broken(e.seq(), Tampering.PERSONS_CHANGED, "a run of person ids of the entry is reversed or "
                                        + "names the wrong bucket, so looking a person up would miss it.");
                            }
                        }
                    }
                    if (digest.count() != e.personCount() || !digest.hex().equals(e.personsSha256())) {
                        return broken(e.seq(), Tampering.PERSONS_CHANGED, "the entry reached " + e.personCount()
                                + " people when it was written, but its person rows now list " + digest.count()
                                + (digest.count() == e.personCount() ? " with at least one id changed." : "."));
                    }
                    if (checkpoint != null && checkpoint.seq() == e.seq() && !checkpoint.hash().equals(e.hash())) {
                        return broken(e.seq(), Tampering.EDITED, "its hash is " + e.hash() + ", not " + checkpoint.hash()
                                + " as noted at the checkpoint: the chain up to entry " + e.seq()
                                + " was rewritten and every hash recomputed.");
                    }
                    beforeRunning = running;
                    running = e.hash();
                    expected++;
                }
            }
        }
        return null;
    }

    /** The ids of {@code ledger_person_range} rows one at a time: {@link #seq} and {@link #current} while {@link #more()}. */
    private static final class Runs {
        private final ResultSet r;
        private boolean more;
        long seq;
        long current;
        private long last;
        /** The run at hand is reversed or lies outside its bucket (it is still expanded, so the count shows it too). */
        boolean malformed;

        Runs(ResultSet r) throws SQLException {
            this.r = r;
            load();
        }

        boolean more() {
            return more;
        }

        private void load() throws SQLException {
            more = r.next();
            if (more) {
                seq = r.getLong(1);
                current = r.getLong(3);
                last = r.getLong(4);
                malformed = !PersonRuns.wellFormed(r.getLong(2), current, last);
            }
        }

        /** Moves to the next id; false when the run just left was malformed. */
        boolean advance() throws SQLException {
            if (current < last) {
                current++;
                return true;
            }
            boolean ok = !malformed;
            load();
            return ok;
        }
    }

    /** Numbering, head bound, link and hash of one entry; null when they hold. */
    private Verification.Broken checkChain(RecordedEntry e) throws SQLException {
        if (e.seq() != expected) {
            return broken(expected, Tampering.DELETED, expected == e.seq() - 1
                    ? "entry " + expected + " is missing: the next entry present is " + e.seq() + "."
                    : "entries " + expected + " to " + (e.seq() - 1) + " are missing.");
        }
        if (e.seq() > headSeq) {
            return broken(expected, Tampering.INSERTED, "the ledger head records " + headSeq
                    + " entries, so entry " + e.seq() + " was added outside the ledger.");
        }
        if (!e.previousHash().equals(running)) {
            return brokenLink(e);
        }
        String hash = CanonicalForm.hash(e.seq(), e.time(), e.actor(), e.action(), e.subject(), e.detailsJson(),
                e.personCount(), e.personsSha256(), running);
        if (!hash.equals(e.hash())) {
            String next = previousHashOf(e.seq() + 1);
            if (running.equals(next)) {
                return broken(expected, Tampering.INSERTED, "entry " + e.seq() + " is not part of the chain: the entry after it "
                        + "links straight to entry " + (e.seq() - 1) + ".");
            }
            return broken(expected, Tampering.EDITED, "its content (time, actor, action, subject, details or person count) "
                    + "no longer matches its hash.");
        }
        return null;
    }

    /** The entry does not name the previous entry's hash: find which entry it does name. */
    private Verification.Broken brokenLink(RecordedEntry e) throws SQLException {
        long named = -1;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM ledger_entry WHERE hash = ?")) {
            ps.setString(1, e.previousHash());
            try (ResultSet r = ps.executeQuery()) {
                if (r.next()) {
                    named = r.getLong(1);
                }
            }
        }
        long n = e.seq();
        if (named > n) {
            return broken(n, Tampering.REORDERED, "entry " + n + " was written to follow the entry now at " + named
                    + ", so entries were moved.");
        }
        if (CanonicalForm.GENESIS.equals(e.previousHash()) && n > 1 || named >= 0 && named < n - 1) {
            long first = named < 0 ? 1 : named + 1;
            return new Verification.Broken(first, Tampering.INSERTED, "entry " + n + " was written to follow entry " + (first - 1)
                    + (first == n - 1 ? ", so entry " + first + " was inserted." : ", so entries " + first + " to " + (n - 1)
                    + " were inserted."), first - 1, e.previousHash());
        }
        if (n == 1) {
            return broken(1, Tampering.EDITED, "the first entry's link to the start of the chain was changed.");
        }
        return new Verification.Broken(n - 1, Tampering.EDITED, "entry " + n + " names a different hash for entry " + (n - 1)
                + ", so entry " + (n - 1) + " was edited and re-hashed, or replaced.", n - 2, beforeRunning);
    }

    private Verification finish(long last) throws SQLException {
        if (headSeq > last) {
            return broken(last + 1, Tampering.DELETED, headSeq == last + 1
                    ? "the ledger head records " + headSeq + " entries but the last entry present is " + last + ": entry "
                    + headSeq + " was deleted."
                    : "the ledger head records " + headSeq + " entries but the last present is " + last + ": entries "
                    + (last + 1) + " to " + headSeq + " were deleted.");
        }
        if (!headHash.equals(running)) {
            return new Verification.Broken(last, Tampering.EDITED, "the ledger head records a different hash for the last entry: "
                    + "the last entry was edited and re-hashed, or the head was changed.", Math.max(0, last - 1), beforeRunning);
        }
        if (checkpoint != null && checkpoint.seq() > last) {
            return broken(last + 1, Tampering.DELETED, "the checkpoint noted entry " + checkpoint.seq()
                    + " but the ledger now ends at entry " + last + ".");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT min(seq) FROM ledger_entry WHERE seq < 1");
             ResultSet r = ps.executeQuery()) {
            r.next();
            long outside = r.getLong(1);
            if (!r.wasNull()) {
                return broken(outside, Tampering.INSERTED, "an entry numbered " + outside
                        + " was added outside the chain, which starts at 1.");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT min(seq) FROM (SELECT seq FROM ledger_person WHERE seq > ? OR seq < 1 "
                + "UNION ALL SELECT seq FROM ledger_person_range WHERE seq > ? OR seq < 1) o")) {
            ps.setLong(1, last);
            ps.setLong(2, last);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                long orphan = r.getLong(1);
                if (!r.wasNull()) {
                    return broken(orphan, Tampering.PERSONS_CHANGED, "there are person rows for entry " + orphan
                            + ", which does not exist.");
                }
            }
        }
        return new Verification.Intact(last, running);
    }

    private String previousHashOf(long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT previous_hash FROM ledger_entry WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private Verification.Broken broken(long position, Tampering tampering, String reason) {
        return new Verification.Broken(position, tampering, reason, expected - 1, running);
    }
}
