package org.hustings.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ledger.LedgerEntry;
import org.hustings.provenance.LedgerLink;
import org.hustings.store.Placeholders;
import org.hustings.store.Store;

/**
 * Objection, restriction, erasure and do-not-contact flags on people, which the gate honours on
 * every read. The rights station sets them inside its own transactions; a flag takes effect for the
 * very next read and is lifted (never deleted) when the right no longer applies.
 */
public final class PersonFlags {
    private final Store store;
    private final LedgerLink ledger;

    public PersonFlags(Store store) {
        this.store = store;
        this.ledger = new LedgerLink(store);
    }

    public long set(String actor, long personId, PersonFlag flag, String reason, String requestRef) {
        return store.write(c -> set(c, actor, personId, flag, reason, requestRef));
    }

    /** Sets a flag inside the caller's transaction; returns its id. Setting a flag that is already live returns the live one. */
    public long set(Connection c, String actor, long personId, PersonFlag flag, String reason, String requestRef) throws SQLException {
        if (reason == null || reason.isBlank()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Say why the " + flag.code() + " flag is set (e.g. the person's request).");
        }
        for (FlagEntry f : entries(c, personId)) {
            if (f.flag() == flag && f.live()) {
                return f.id();
            }
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_flag (person_id, flag, since, reason, request_ref, set_by) "
                + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, personId);
            ps.setString(2, flag.code());
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setString(4, reason);
            ps.setString(5, requestRef);
            ps.setString(6, actor);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
        }
        ledger.record(c, actor, "person_flag.set", "person:" + personId, Map.of("flag", flag.code(), "flag_id", id),
                List.of(personId));
        return id;
    }

    /**
     * Sets several flags on one person inside the caller's transaction, in two statements however
     * many flags: one read of the person's flags, one INSERT of those not already live (a live one is
     * left as it is, as {@link #set} does). Nothing is appended to the ledger here: the
     * {@code person_flag.set} entries {@link #set} would write, one per flag set, are returned, and the
     * caller MUST append them in the same transaction ({@code Ledger.appendAll}, with its own entries in
     * one batch), or the flags are set unrecorded.
     *
     * @param reasons each flag to set, with why (in the order given)
     */
    public List<LedgerEntry> setAll(Connection c, String actor, long personId, Map<PersonFlag, String> reasons, String requestRef)
            throws SQLException {
        return setAll(c, actor, List.of(personId), reasons, requestRef);
    }

    /**
     * {@link #setAll(Connection, String, long, Map, String)} for many people at once (e.g. everyone an
     * import brought back after their erasure): the same flags on each, in a few statements for a
     * thousand people rather than two per person. The entries are returned person by person, in the
     * order given.
     */
    public List<LedgerEntry> setAll(Connection c, String actor, List<Long> people, Map<PersonFlag, String> reasons, String requestRef)
            throws SQLException {
        for (Map.Entry<PersonFlag, String> e : reasons.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "Say why the " + e.getKey().code() + " flag is set (e.g. the person's request).");
            }
        }
        Map<Long, java.util.Set<PersonFlag>> live = live(c, people);
        // Each person's flags not live yet, in the order given: the rows to insert, as {person, flag}.
        List<Object[]> wanted = new ArrayList<>();
        for (long person : people) {
            for (PersonFlag f : reasons.keySet()) {
                if (!live.getOrDefault(person, java.util.Set.of()).contains(f)) {
                    wanted.add(new Object[] {person, f});
                }
            }
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<Object[]> rows = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO person_flag (person_id, flag, since, reason, request_ref, set_by) VALUES "
                    + Placeholders.rows(rows.size(), 6) + " RETURNING id, person_id, flag")) {
                int k = 1;
                for (Object[] row : rows) {
                    PersonFlag f = (PersonFlag) row[1];
                    ps.setLong(k++, (Long) row[0]);
                    ps.setString(k++, f.code());
                    ps.setTimestamp(k++, now);
                    ps.setString(k++, reasons.get(f));
                    ps.setString(k++, requestRef);
                    ps.setString(k++, actor);
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        ids.put(r.getLong(2) + ":" + r.getString(3), r.getLong(1));
                    }
                }
            }
        }
        List<LedgerEntry> out = new ArrayList<>();
        for (Object[] row : wanted) {
            long person = (Long) row[0];
            PersonFlag f = (PersonFlag) row[1];
            out.add(new LedgerEntry(actor, "person_flag.set", "person:" + person, Map.of("flag", f.code(), "flag_id", ids.get(person + ":" + f.code())),
                    List.of(person)));
        }
        return out;
    }

    /** People and flags per statement: a thousand ids in an IN list, 500 rows of six values in an INSERT. */
    private static final int CHUNK = 500;

    /**
     * The live flags of these people. One person: the single indexed equality {@link #entries} uses;
     * more: {@code person_id IN (…)} a chunk at a time, with whether each is live checked here, not in SQL.
     */
    private static Map<Long, java.util.Set<PersonFlag>> live(Connection c, List<Long> people) throws SQLException {
        Map<Long, java.util.Set<PersonFlag>> out = new java.util.HashMap<>();
        if (people.size() == 1) {
            for (FlagEntry f : entries(c, people.get(0))) {
                if (f.live()) {
                    out.computeIfAbsent(f.personId(), k -> java.util.EnumSet.noneOf(PersonFlag.class)).add(f.flag());
                }
            }
            return out;
        }
        for (int from = 0; from < people.size(); from += 2 * CHUNK) {
            List<Long> ids = people.subList(from, Math.min(people.size(), from + 2 * CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id, flag, lifted_at FROM person_flag WHERE person_id IN ("
                    + Placeholders.list(ids.size()) + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    ps.setLong(i + 1, ids.get(i));
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long person = r.getLong(1);
                        PersonFlag flag = PersonFlag.of(r.getString(2));
                        if (r.getTimestamp(3) == null) {
                            out.computeIfAbsent(person, k -> java.util.EnumSet.noneOf(PersonFlag.class)).add(flag);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Lifts a live flag (e.g. a restriction that ended); returns whether one was live. */
    public boolean lift(String actor, long personId, PersonFlag flag) {
        return store.write(c -> {
            int n;
            try (PreparedStatement ps = c.prepareStatement("UPDATE person_flag SET lifted_at = current_timestamp, lifted_by = ? "
                    + "WHERE person_id = ? AND flag = ? AND lifted_at IS NULL")) {
                ps.setString(1, actor);
                ps.setLong(2, personId);
                ps.setString(3, flag.code());
                n = ps.executeUpdate();
            }
            if (n > 0) {
                ledger.record(c, actor, "person_flag.lift", "person:" + personId, Map.of("flag", flag.code()), List.of(personId));
            }
            return n > 0;
        });
    }

    /** Every flag a person has had, oldest first. */
    public List<FlagEntry> entries(long personId) {
        return store.read(c -> entries(c, personId));
    }

    static List<FlagEntry> entries(Connection c, long personId) throws SQLException {
        List<FlagEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, person_id, flag, since, reason, request_ref, set_by, lifted_at, lifted_by "
                + "FROM person_flag WHERE person_id = ? ORDER BY id")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Timestamp lifted = r.getTimestamp(8);
                    out.add(new FlagEntry(r.getLong(1), r.getLong(2), PersonFlag.of(r.getString(3)), r.getTimestamp(4).toInstant(),
                            r.getString(5), r.getString(6), r.getString(7), lifted == null ? null : lifted.toInstant(), r.getString(9)));
                }
            }
        }
        return out;
    }
}
