package org.hustings.ingest.data;

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
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentStatus;
import org.hustings.consent.Consents;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.purpose.Channel;
import org.hustings.store.Store;

/**
 * The rows of non-register files that no exact key attached, kept visibly for the probabilistic
 * linker, and the one way to attach them later: {@link #attach}. Attaching links the row's values
 * ({@code attribute_value}) to the person with the link's probability, records the consents the
 * row carried, and lands in the ledger (ids and the probability only). A link a person confirmed
 * (a reviewer's acceptance, staff confirming a row for a subject access request) is attached at
 * 1.0, with the model's score kept beside it ({@link Link#modelProbability}, docs/adr/0133). The
 * work runs in its own transaction, or inside the caller's ({@link #attach(Connection, List, String)}),
 * so that a decision and its attachment commit together. Attaching by hand ({@code hustings import
 * attach}, the API) goes through {@code LinkStore.attach}, which hands a {@link PairCloser} in: the
 * rows' open review pairs close in the same transaction and the ledger entry counts them (docs/adr/0135).
 */
public final class PendingRows {
    private final Store store;
    private final Consents consents;
    private final Ledger ledger;

    public PendingRows(Store store) {
        this.store = store;
        this.consents = new Consents(store);
        this.ledger = new Ledger(store);
    }

    /** Counts per dataset, for one dataset or (null) for all. */
    public List<PendingCount> counts(Long datasetId) {
        String sql = "SELECT d.id, d.kind, d.file_name, "
                + "count(*) FILTER (WHERE p.person_id IS NULL), "
                + "count(*) FILTER (WHERE p.person_id IS NULL AND p.reason = 'no-exact-key'), "
                + "count(*) FILTER (WHERE p.person_id IS NULL AND p.reason = 'no-match'), "
                + "count(*) FILTER (WHERE p.person_id IS NULL AND p.reason = 'ambiguous'), "
                + "count(*) FILTER (WHERE p.person_id IS NOT NULL) "
                + "FROM pending_row p JOIN dataset d ON d.id = p.dataset_id "
                + (datasetId == null ? "" : "WHERE d.id = ? ") + "GROUP BY d.id, d.kind, d.file_name ORDER BY d.id";
        return store.read(c -> {
            List<PendingCount> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement(sql), datasetId == null ? new Object[0] : new Object[] {datasetId});
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new PendingCount(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6),
                            r.getLong(7), r.getLong(8)));
                }
            }
            return out;
        });
    }

    /** The rows of a dataset still waiting, in file order, from line {@code afterLine} on, at most {@code limit}. */
    public List<PendingRow> rows(long datasetId, long afterLine, int limit) {
        return store.read(c -> {
            List<PendingRow> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT dataset_id, line_no, reason, la_code, elector_number, forenames, "
                    + "surname, address, postcode, birth_date, email, phone FROM pending_row WHERE dataset_id = ? AND line_no > ? "
                    + "AND person_id IS NULL ORDER BY line_no LIMIT ?"), datasetId, afterLine, limit); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    java.sql.Date born = r.getDate(10);
                    out.add(new PendingRow(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), r.getString(9), born == null ? null : born.toLocalDate(), r.getString(11),
                            r.getString(12)));
                }
            }
            return out;
        });
    }

    /**
     * Attaches a pending row to a person, as the probabilistic linker decided: the row's values get
     * the person and the link probability, the consents it carried are recorded against the person,
     * and the row stays in the pending table marked attached, as the evidence of the link.
     * Returns the number of values attached.
     *
     * @param probability the linker's match probability, greater than 0 and at most 1
     */
    public long attach(long datasetId, long line, long personId, double probability) {
        return attach(datasetId, line, personId, probability, "linker");
    }

    public long attach(long datasetId, long line, long personId, double probability, String actor) {
        return attach(List.of(new Link(datasetId, line, personId, probability)), actor);
    }

    /**
     * One decision: this pending row is this person, with this probability (above 0, at most 1).
     *
     * @param modelProbability the linker's score when a person confirmed the link and {@code probability}
     *                         is therefore 1.0 (UK GDPR Art 5(1)(d): the check, not the score, makes it
     *                         accurate); null when the probability is the linker's own or the match is exact
     */
    public record Link(long datasetId, long line, long personId, double probability, Double modelProbability) {
        public Link(long datasetId, long line, long personId, double probability) {
            this(datasetId, line, personId, probability, null);
        }

        /** A link a person checked and confirmed: attached at 1.0, the model's score kept beside it. */
        public static Link confirmed(long datasetId, long line, long personId, double modelProbability) {
            return new Link(datasetId, line, personId, 1.0, modelProbability);
        }
    }

    /**
     * Where a pending row stands, read inside the caller's transaction: empty when there is no such
     * row, 0 when it still waits, else the person it is attached to.
     */
    public static java.util.OptionalLong attachedTo(Connection c, long datasetId, long line) throws SQLException {
        String s = state(c, datasetId, line);
        return s == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(s.isEmpty() ? 0 : Long.parseLong(s));
    }

    /**
     * Attaches many pending rows at once, all or none, in one transaction with one ledger entry
     * (bulk work writes one entry per batch; the people reached are indexed for subject access).
     * Refused whole, listing the reasons, when any link names a row that is not pending, a person who
     * does not exist, a probability out of range, or the same row twice. Returns the values attached.
     */
    public long attach(List<Link> links, String actor) {
        if (links.isEmpty()) {
            return 0;
        }
        return store.write(c -> attach(c, links, actor));
    }

    /**
     * As {@link #attach(List, String)}, inside the caller's transaction on {@code c}: nothing is
     * committed here, and a refusal (or any failure after it) leaves the caller to roll back the
     * whole, so a review decision and the values it attaches stand or fall together.
     */
    public long attach(Connection c, List<Link> links, String actor) throws SQLException {
        return attach(c, links, actor, null);
    }

    /**
     * Review pairs of attached rows that another station closed, in the attachment's transaction: how
     * many, and the candidates they named (their register records were in those pairs, so the ledger
     * entry names them for subject access, UK GDPR Art 15).
     */
    public record ClosedPairs(long pairs, List<Long> candidates) {
    }

    /**
     * What else attaching rows settles, run in the same transaction after the rows are attached and
     * before the ledger entry is written, so that the {@code data.attach} entry counts it: the linker's
     * open review pairs of the rows close (docs/adr/0135).
     */
    @FunctionalInterface
    public interface PairCloser {
        ClosedPairs close(Connection c, List<Link> attached) throws SQLException;
    }

    /**
     * As {@link #attach(Connection, List, String)}, and then {@code closer} closes the rows' open
     * review pairs; the ledger entry carries {@code superseded} (how many) and indexes their candidates.
     */
    public long attach(Connection c, List<Link> links, String actor, PairCloser closer) throws SQLException {
        if (links.isEmpty()) {
            return 0;
        }
        List<String> wrong = new ArrayList<>();
        ErrorCode code = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Link l : links) {
            String at = "line " + l.line() + " of dataset " + l.datasetId() + ": ";
            String state = state(c, l.datasetId(), l.line());
            String reason = null;
            ErrorCode kind = ErrorCode.BAD_REQUEST;
            if (!(l.probability() > 0 && l.probability() <= 1)) {
                reason = "a link probability must be above 0 and at most 1, not " + l.probability();
            } else if (l.modelProbability() != null && !(l.modelProbability() > 0 && l.modelProbability() <= 1)) {
                reason = "a model probability must be above 0 and at most 1, not " + l.modelProbability();
            } else if (!seen.add(l.datasetId() + ":" + l.line())) {
                reason = "named twice";
            } else if (state == null) {
                reason = "there is no such pending row";
                kind = ErrorCode.NOT_FOUND;
            } else if (!state.isEmpty()) {
                reason = "already attached to person " + state;
                kind = ErrorCode.CONFLICT;
            } else if (Sql.firstLong(c, "SELECT 1 FROM person WHERE id = ?", l.personId()).isEmpty()) {
                reason = "there is no person " + l.personId();
                kind = ErrorCode.NOT_FOUND;
            }
            if (reason != null) {
                wrong.add(at + reason);
                code = code == null ? kind : code;
            }
        }
        if (!wrong.isEmpty()) {
            throw new HustingsException(code, "Nothing was attached:\n  - " + String.join("\n  - ", wrong.subList(0, Math.min(20, wrong.size())))
                    + (wrong.size() > 20 ? "\n  - and " + (wrong.size() - 20) + " more" : ""));
        }
        Timestamp now = Timestamp.from(Instant.now());
        long values = 0;
        long recorded = 0;
        try (PreparedStatement av = c.prepareStatement("UPDATE attribute_value SET person_id = ?, link_probability = ?, linked_at = ? "
                + "WHERE dataset_id = ? AND line_no = ? AND person_id IS NULL");
             PreparedStatement pr = c.prepareStatement("UPDATE pending_row SET person_id = ?, probability = ?, attached_by = ?, "
                + "attached_at = ? WHERE dataset_id = ? AND line_no = ? AND person_id IS NULL")) {
            for (Link l : links) {
                values += Sql.bind(av, l.personId(), l.probability(), now, l.datasetId(), l.line()).executeUpdate();
                // "AND person_id IS NULL": a row attached at the same moment on another connection (PostgreSQL waits for it, then
                // checks again) keeps its person; this attachment is refused whole and rolled back by the caller.
                if (Sql.bind(pr, l.personId(), l.probability(), actor, now, l.datasetId(), l.line()).executeUpdate() != 1) {
                    throw new HustingsException(ErrorCode.CONFLICT, "Nothing was attached:\n  - line " + l.line() + " of dataset "
                            + l.datasetId() + ": attached to someone else just now");
                }
                recorded += recordConsents(c, l.datasetId(), l.line(), l.personId(), actor);
            }
        }
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("links", links.size());
        details.put("datasets", links.stream().map(Link::datasetId).distinct().sorted().toList());
        if (links.size() == 1) {
            details.put("line", links.get(0).line());
            details.put("probability", links.get(0).probability());
            if (links.get(0).modelProbability() != null) {
                details.put("model_probability", links.get(0).modelProbability());
            }
        } else {
            long confirmed = links.stream().filter(l -> l.modelProbability() != null).count();
            if (confirmed > 0) {
                details.put("confirmed_by_a_person", confirmed);
            }
        }
        details.put("values", values);
        details.put("consents_recorded", recorded);
        List<Long> persons = links.stream().map(Link::personId).distinct().sorted().toList();
        if (closer != null) {
            ClosedPairs closed = closer.close(c, links);
            details.put("superseded", closed.pairs());
            persons = java.util.stream.Stream.concat(persons.stream(), closed.candidates().stream()).distinct().sorted().toList();
        }
        String subject = links.stream().map(Link::datasetId).distinct().count() == 1 ? "dataset:" + links.get(0).datasetId() : "datasets";
        ledger.append(c, new LedgerEntry(actor, "data.attach", subject, details, persons));
        return values;
    }

    /** How many of a row's values are attached to the person. */
    public static long valuesAttached(Connection c, long datasetId, long line, long personId) throws SQLException {
        // A single-column equality on the indexed person_id (DuckDB uses the index only then); the row is picked out here.
        long n = 0;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT dataset_id, line_no FROM attribute_value WHERE person_id = ?"), personId);
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                n += r.getLong(1) == datasetId && r.getLong(2) == line ? 1 : 0;
            }
        }
        return n;
    }

    /** Null when there is no such row, empty when it is pending, else the person it is attached to. */
    private static String state(Connection c, long datasetId, long line) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT person_id FROM pending_row WHERE dataset_id = ? AND line_no = ?"),
                datasetId, line); ResultSet r = ps.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            long p = r.getLong(1);
            return r.wasNull() ? "" : Long.toString(p);
        }
    }

    private long recordConsents(Connection c, long datasetId, long line, long personId, String actor) throws SQLException {
        String source = Sql.firstLong(c, "SELECT source_id FROM dataset WHERE id = ?", datasetId).map(id -> {
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT code FROM source WHERE id = ?"), id); ResultSet r = ps.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            } catch (SQLException e) {
                throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, e.getMessage(), e);
            }
        }).orElse(null);
        List<DataRow.RowConsent> rows = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT purpose, channel, status, given_at, method, wording_version "
                + "FROM pending_consent WHERE dataset_id = ? AND line_no = ?"), datasetId, line); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                Timestamp at = r.getTimestamp(4);
                int v = r.getInt(6);
                Integer version = r.wasNull() ? null : v;
                rows.add(new DataRow.RowConsent(r.getString(1), Channel.of(r.getString(2)), ConsentStatus.of(r.getString(3)),
                        at == null ? null : at.toInstant(), r.getString(5) == null ? null : ConsentMethod.of(r.getString(5)), version));
            }
        }
        for (DataRow.RowConsent rc : rows) {
            consents.record(c, actor, PersonLoad.record(personId, rc, source));
        }
        Sql.update(c, "DELETE FROM pending_consent WHERE dataset_id = ? AND line_no = ?", datasetId, line);
        return rows.size();
    }
}
