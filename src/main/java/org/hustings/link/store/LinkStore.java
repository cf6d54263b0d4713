package org.hustings.link.store;

import org.hustings.ledger.LedgerEntry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.data.PendingRows;
import org.hustings.link.CandidateCount;
import org.hustings.link.Decision;
import org.hustings.link.Explanation;
import org.hustings.link.Field;
import org.hustings.link.LinkSettings;
import org.hustings.link.Linkage;
import org.hustings.link.Linker;
import org.hustings.link.Row;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * Linkage with the store: link a list to the spine and keep every link (probability, weight,
 * explanation, status), queue the uncertain band for review, and keep reviewers' decisions so that
 * a later run meeting the same pair reuses them. Works the same on both engines.
 */
public final class LinkStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Store store;

    private final org.hustings.ledger.Ledger ledger;
    private final PendingRows pending;

    public LinkStore(Store store) {
        this.ledger = new org.hustings.ledger.Ledger(store);
        this.store = store;
        this.pending = new PendingRows(store);
    }

    /**
     * What a run did.
     *
     * @param runId        the run's id
     * @param linked       links made at or above the link threshold
     * @param forReview    pairs queued for review
     * @param reused       pairs decided by an earlier review of the same pair
     * @param alreadyQueued review-band pairs that an earlier run over the same list (the same list
     *                     name: "dataset:N" for a dataset's pending rows, the file for a CSV) had
     *                     queued and that still wait (the same row with the same candidate, same
     *                     pair key): kept as they are, not queued twice (docs/adr/0134, 0135)
     * @param candidates   candidate pairs, as counted before scoring
     * @param modelSha256  the model used
     */
    public record RunResult(long runId, long linked, long forReview, long reused, long alreadyQueued, CandidateCount candidates,
                            String modelSha256) {
    }

    /** One pair waiting for a person to decide, with both records and the explanation (JSON). */
    public record ReviewItem(long linkId, long runId, String rowKey, long personId, long electorId, double probability,
                             double weight, String explanation) {
    }

    /** The current spine. */
    public Spine spine() {
        return Spine.load(store);
    }

    /**
     * Links {@code list} (rows in {@link Field#REGISTER} order) to the spine, trains a model on the
     * two without labels, and stores the run, its links and its review queue in one transaction.
     */
    public RunResult run(String listName, Long datasetId, List<Row> list, LinkSettings settings, String by) {
        return run(listName, datasetId, list, settings, by, null);
    }

    /** As {@link #run(String, Long, List, LinkSettings, String)}, scoring with a saved model instead of training one when given. */
    public RunResult run(String listName, Long datasetId, List<Row> list, LinkSettings settings, String by, org.hustings.link.LinkModel model) {
        Spine spine = spine();
        if (spine.rows().isEmpty()) {
            throw new HustingsException(ErrorCode.CONFLICT, "The spine is empty: load a register before linking lists to it.");
        }
        Linker prepared = Linker.prepare(Field.REGISTER, list, spine.rows(), settings);
        Linker linker = model == null ? prepared.train() : prepared.use(model);
        Linkage linkage = linker.link();
        String modelJson = linker.model().toJson();
        String sha = linker.model().sha256();
        return store.write(c -> {
            Map<String, String[]> decided = decisions(c);
            // A row of the list already waiting for review with the same candidate is not queued again: one open pair per
            // row and candidate, so the queue shows it once and one decision closes it. The same rule for a dataset's pending
            // rows (list "dataset:N") and for a CSV list run again under its name (docs/adr/0134, 0135).
            java.util.Set<String> queued = new java.util.HashSet<>();
            for (OpenPair o : openPairs(c, listName)) {
                queued.add(o.rowKey() + '\u001e' + o.pairKey());
            }
            long runId = nextval(c, "link_run_seq");
            long linked = 0;
            long review = 0;
            long reused = 0;
            long alreadyQueued = 0;
            try (BulkLoad load = store.bulkLoad(c, "link", List.of("run_id", "dataset_id", "row_key", "person_id", "elector_id",
                    "probability", "weight", "explanation", "pair_key", "status", "decided_by"))) {
                for (Decision d : linkage.decisions()) {
                    int l = d.pair().left();
                    int r = d.pair().right();
                    String key = pairKey(list.get(l), spine.rows().get(r));
                    String status = d instanceof Decision.Linked ? "linked" : "review";
                    String decidedBy = null;
                    String[] earlier = decided.get(key);
                    if (earlier != null) {
                        status = earlier[0].equals("accept") ? "accepted" : "rejected";
                        decidedBy = earlier[1];
                        reused++;
                    } else if (status.equals("linked")) {
                        linked++;
                    } else if (queued.contains(list.get(l).id() + '\u001e' + key)) {
                        alreadyQueued++;
                        continue;
                    } else {
                        review++;
                    }
                    load.row(runId, datasetId, list.get(l).id(), spine.personIds()[r], spine.electorId(r), d.pair().probability(),
                            d.pair().weight(), explanation(linker.explain(l, r), list.get(l), spine.rows().get(r)), key, status, decidedBy);
                }
                load.finish();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_run (id, list_name, dataset_id, model_sha256, model_json, "
                    + "link_threshold, review_threshold, list_rows, spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, runId);
                ps.setString(2, listName);
                ps.setObject(3, datasetId);
                ps.setString(4, sha);
                ps.setString(5, modelJson);
                ps.setDouble(6, settings.thresholds().link());
                ps.setDouble(7, settings.thresholds().review());
                ps.setLong(8, list.size());
                ps.setLong(9, spine.rows().size());
                ps.setLong(10, linkage.candidates().pairs());
                ps.setLong(11, linked);
                ps.setLong(12, review);
                ps.setLong(13, reused);
                ps.setString(14, by);
                ps.executeUpdate();
            }
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("model_sha256", sha);
            details.put("list_rows", list.size());
            details.put("candidate_pairs", linkage.candidates().pairs());
            details.put("linked", linked);
            details.put("for_review", review);
            details.put("decisions_reused", reused);
            details.put("already_queued", alreadyQueued);
            if (datasetId != null) {
                details.put("dataset_id", datasetId);
            }
            ledger.append(c, new LedgerEntry(by, "link.run", "link_run:" + runId, details));
            return new RunResult(runId, linked, review, reused, alreadyQueued, linkage.candidates(), sha);
        });
    }

    /**
     * The person a list row of a run is linked to, if the link is good enough: status "linked" with
     * at least {@code minimumProbability}, or "accepted" by a reviewer (a person's decision stands
     * whatever the score). This is what the purpose gate asks when a purpose sets a minimum link
     * probability.
     */
    public java.util.OptionalLong linkedPerson(long runId, String rowKey, double minimumProbability) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM link WHERE run_id = ? AND row_key = ? "
                    + "AND (status = ? OR (status = ? AND probability >= ?))")) {
                ps.setLong(1, runId);
                ps.setString(2, rowKey);
                ps.setString(3, "accepted");
                ps.setString(4, "linked");
                ps.setDouble(5, minimumProbability);
                try (ResultSet r = ps.executeQuery()) {
                    return r.next() ? java.util.OptionalLong.of(r.getLong(1)) : java.util.OptionalLong.empty();
                }
            }
        });
    }

    /**
     * The pairs waiting for review, most probable first; all runs when {@code runId} is null. Decided
     * and superseded pairs (closed by another decision on the same row) are not in it.
     */
    public List<ReviewItem> reviewQueue(Long runId) {
        return store.read(c -> {
            String sql = "SELECT id, run_id, row_key, person_id, elector_id, probability, weight, explanation FROM link WHERE status = ?"
                    + (runId == null ? "" : " AND run_id = ?") + " ORDER BY probability DESC, id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, "review");
                if (runId != null) {
                    ps.setLong(2, runId);
                }
                List<ReviewItem> out = new ArrayList<>();
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new ReviewItem(r.getLong(1), r.getLong(2), r.getString(3), r.getLong(4), r.getLong(5), r.getDouble(6),
                                r.getDouble(7), r.getString(8)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * What a decision did.
     *
     * @param linkId           the link decided
     * @param status           "accepted" or "rejected"
     * @param personId         the person the pair names
     * @param modelProbability the linker's score, kept on the link whatever the decision
     * @param datasetId        the dataset of the list row, when the run was over one
     * @param line             the pending row's line, when the run was over a dataset's pending rows
     * @param valuesAttached   values attached to the person by this decision (0 for a rejection, or for
     *                         a run that was not over pending rows)
     * @param superseded       other review pairs of the same pending row now closed as 'superseded': by
     *                         an acceptance, every other open pair of the row (any run, any candidate);
     *                         by a rejection, those with the same pair key (docs/adr/0134)
     */
    public record Decided(long linkId, String status, long personId, double modelProbability, Long datasetId, Long line,
                          long valuesAttached, long superseded) {
        /** True when the pair was a dataset's pending row, whose values a decision attaches. */
        public boolean pendingRow() {
            return line != null;
        }
    }

    /**
     * Records a reviewer's decision on a queued pair: accepted pairs become links, rejected ones do
     * not; the decision is kept by the pair's content and reused by later runs. When the pair is a
     * dataset's pending row (a {@link PendingLinkage} run), accepting attaches the row's values to
     * the person in the same transaction, at link probability 1.0 because a person checked it (UK
     * GDPR Art 5(1)(d); docs/adr/0133), with the consents the row carried; rejecting leaves the row
     * pending. One row, one decision: accepting closes every other open review pair of the row (from
     * any run, with any candidate) as 'superseded', since the row now belongs to one person; rejecting
     * closes only the row's open pairs with the same pair key (docs/adr/0134). All or nothing: if any
     * step fails, nothing is decided, attached or closed.
     */
    public Decided decide(long linkId, boolean accept, String by) {
        return store.write(c -> decide(c, linkId, accept, by));
    }

    /** As {@link #decide(long, boolean, String)}, inside the caller's transaction on {@code c}. */
    public Decided decide(Connection c, long linkId, boolean accept, String by) throws SQLException {
        String key;
        String rowKey;
        long person;
        double probability;
        Long datasetId;
        Long line;
        try (PreparedStatement ps = c.prepareStatement("SELECT l.pair_key, l.person_id, l.status, l.probability, l.dataset_id, l.row_key, "
                + "r.list_name FROM link l JOIN link_run r ON r.id = l.run_id WHERE l.id = ?")) {
            ps.setLong(1, linkId);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    throw new HustingsException(ErrorCode.NOT_FOUND, "There is no link " + linkId + ".");
                }
                if ("superseded".equals(r.getString(3))) {
                    throw new HustingsException(ErrorCode.CONFLICT, "Link " + linkId + " is not waiting for review (it is superseded): "
                            + "another decision on the same list row closed it.");
                }
                if (!"review".equals(r.getString(3))) {
                    throw new HustingsException(ErrorCode.CONFLICT, "Link " + linkId + " is not waiting for review (it is "
                            + r.getString(3) + ").");
                }
                key = r.getString(1);
                rowKey = r.getString(6);
                person = r.getLong(2);
                probability = r.getDouble(4);
                long ds = r.getLong(5);
                datasetId = r.wasNull() ? null : ds;
                line = datasetId != null && PendingLinkage.runName(datasetId).equals(r.getString(7)) ? PendingLinkage.line(r.getString(6)) : null;
            }
        }
        String status = accept ? "accepted" : "rejected";
        // "AND status = 'review'": a decision made at the same moment on another connection (PostgreSQL waits for it, then
        // checks again) is not overwritten; this one is refused instead.
        try (PreparedStatement ps = c.prepareStatement("UPDATE link SET status = ?, decided_by = ?, decided_at = current_timestamp "
                + "WHERE id = ? AND status = ?")) {
            ps.setString(1, status);
            ps.setString(2, by);
            ps.setLong(3, linkId);
            ps.setString(4, "review");
            if (ps.executeUpdate() != 1) {
                throw new HustingsException(ErrorCode.CONFLICT, "Link " + linkId + " was decided by someone else just now; "
                        + "it is not waiting for review any more.");
            }
        }
        long values = 0;
        if (accept && line != null) {
            java.util.OptionalLong now = PendingRows.attachedTo(c, datasetId, line);
            // A row already attached to this very person (an earlier run's pair for the same row was accepted) has nothing
            // left to attach; any other state is refused by attach, with the reason, and rolls the decision back.
            if (!(now.isPresent() && now.getAsLong() == person)) {
                values = pending.attach(c, List.of(PendingRows.Link.confirmed(datasetId, line, person, probability)), by);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_decision (pair_key, decision, link_id, person_id, decided_by) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (pair_key) DO UPDATE SET decision = excluded.decision, link_id = excluded.link_id, "
                + "decided_by = excluded.decided_by, decided_at = excluded.decided_at")) {
            ps.setString(1, key);
            ps.setString(2, accept ? "accept" : "reject");
            ps.setLong(3, linkId);
            ps.setLong(4, person);
            ps.setString(5, by);
            ps.executeUpdate();
        }
        // One row, one decision: an acceptance gives the row to one person, so every other open pair of it closes; a
        // rejection answers only this pair of records, so only the row's open copies of the same pair close.
        List<OpenPair> closed = List.of();
        if (line != null) {
            List<OpenPair> others = new ArrayList<>();
            for (OpenPair o : rowPairs(c, PendingLinkage.runName(datasetId), rowKey, "review")) {
                if (o.linkId() != linkId && (accept || o.pairKey().equals(key))) {
                    others.add(o);
                }
            }
            closed = supersede(c, others, by);
        }
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("decision", accept ? "accept" : "reject");
        details.put("model_probability", probability);
        if (line != null) {
            details.put("dataset_id", datasetId);
            details.put("line", line);
            details.put("values_attached", values);
            details.put("superseded", closed.size());
        }
        // The candidates of the closed pairs are named too: their register records were in those pairs (subject access).
        List<Long> persons = java.util.stream.Stream.concat(java.util.stream.Stream.of(person), closed.stream().map(OpenPair::personId))
                .distinct().sorted().toList();
        ledger.append(c, new LedgerEntry(by, "link.decide", "link:" + linkId, details, persons));
        return new Decided(linkId, status, person, probability, datasetId, line, values, closed.size());
    }

    /**
     * What attaching rows by hand did: the values attached, and the open review pairs of the rows
     * closed as 'superseded' (docs/adr/0135).
     */
    public record Attached(long valuesAttached, long superseded) {
    }

    /**
     * Attaches a dataset's pending rows to people by hand ({@code hustings import attach}, the API),
     * through {@link PendingRows#attach} with its values, consents and {@code data.attach} ledger
     * entry. One row, one decision: it is a decision about each row, so every open review pair of the
     * row (any pending-row run of the dataset, any candidate, the same person too) closes as
     * 'superseded' in the same transaction, and the {@code data.attach} entry counts them
     * ({@code superseded}) and names their candidates for subject access (UK GDPR Art 15; docs/adr/0135).
     * All or nothing: a refused row attaches nothing and closes nothing.
     */
    public Attached attach(List<PendingRows.Link> links, String by) {
        if (links.isEmpty()) {
            return new Attached(0, 0);
        }
        return store.write(c -> attach(c, links, by));
    }

    /** As {@link #attach(List, String)}, inside the caller's transaction on {@code c}. */
    public Attached attach(Connection c, List<PendingRows.Link> links, String by) throws SQLException {
        long[] closed = new long[1];
        long values = pending.attach(c, links, by, (conn, attached) -> {
            List<OpenPair> open = new ArrayList<>();
            for (PendingRows.Link l : attached) {
                open.addAll(rowPairs(conn, PendingLinkage.runName(l.datasetId()), Long.toString(l.line()), "review"));
            }
            List<OpenPair> done = supersede(conn, open, by);
            closed[0] = done.size();
            return new PendingRows.ClosedPairs(done.size(), done.stream().map(OpenPair::personId).distinct().sorted().toList());
        });
        return new Attached(values, closed[0]);
    }

    /**
     * Closes the open review pairs of a dataset's pending rows that the linker has just attached
     * ({@link PendingLinkage}), inside the caller's transaction: the rows now belong to one person each,
     * so their other candidates leave the queue as 'superseded' (docs/adr/0134). Writes one
     * {@code link.supersede} ledger entry when any closed. Returns how many closed.
     */
    long supersedeAttached(Connection c, long datasetId, long runId, java.util.Set<String> rowKeys, String by) throws SQLException {
        if (rowKeys.isEmpty()) {
            return 0;
        }
        List<OpenPair> open = new ArrayList<>();
        // Many rows at once: one read of the list's open pairs rather than one look-up per row.
        for (OpenPair o : openPairs(c, PendingLinkage.runName(datasetId))) {
            if (rowKeys.contains(o.rowKey())) {
                open.add(o);
            }
        }
        List<OpenPair> closed = supersede(c, open, by);
        if (closed.isEmpty()) {
            return 0;
        }
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("dataset_id", datasetId);
        details.put("attached_by_run", runId);
        details.put("superseded", closed.size());
        ledger.append(c, new LedgerEntry(by, "link.supersede", PendingLinkage.runName(datasetId), details,
                closed.stream().map(OpenPair::personId).distinct().sorted().toList()));
        return closed.size();
    }

    /** A pair of a list's row: the link, the row, the pair's content key and the candidate. */
    private record OpenPair(long linkId, String rowKey, String pairKey, long personId) {
    }

    /**
     * The row look-up: every link of a row key, from every run over every list. One equality on the
     * indexed {@code row_key} is the whole WHERE clause (DuckDB uses an index only then; V54). A row
     * key repeats across lists (line 17 of each dataset), so this reads a few links per run, not the
     * queue: the list and the status are checked by the caller.
     */
    static final String ROW_LINKS = "SELECT id, run_id, row_key, pair_key, person_id, status FROM link WHERE row_key = ?";

    /**
     * The pairs of one row of a list with {@code status}, from every run over the list (its list name:
     * "dataset:N" for a dataset's pending rows), by the indexed row look-up ({@link #ROW_LINKS}).
     */
    private static List<OpenPair> rowPairs(Connection c, String listName, String rowKey, String status) throws SQLException {
        java.util.Set<Long> runs = runsOf(c, listName);
        List<OpenPair> out = new ArrayList<>();
        if (runs.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(ROW_LINKS)) {
            ps.setString(1, rowKey);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (runs.contains(r.getLong(2)) && status.equals(r.getString(6))) {
                        out.add(new OpenPair(r.getLong(1), r.getString(3), r.getString(4), r.getLong(5)));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingLong(OpenPair::linkId));
        return out;
    }

    /**
     * The open review pairs of every row of a list, from every run over it: for a run, which meets all
     * the list's rows at once. A single-column equality on the indexed status (DuckDB uses the index
     * only then): the queue is small beside the linked pairs. The run is checked here.
     */
    private static List<OpenPair> openPairs(Connection c, String listName) throws SQLException {
        java.util.Set<Long> runs = runsOf(c, listName);
        List<OpenPair> out = new ArrayList<>();
        if (runs.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, run_id, row_key, pair_key, person_id FROM link WHERE status = ?")) {
            ps.setString(1, "review");
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (runs.contains(r.getLong(2))) {
                        out.add(new OpenPair(r.getLong(1), r.getString(3), r.getString(4), r.getLong(5)));
                    }
                }
            }
        }
        return out;
    }

    /** The runs over a list: {@code link_run} holds one row per run, small beside {@code link}. */
    private static java.util.Set<Long> runsOf(Connection c, String listName) throws SQLException {
        java.util.Set<Long> runs = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM link_run WHERE list_name = ?")) {
            ps.setString(1, listName);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    runs.add(r.getLong(1));
                }
            }
        }
        return runs;
    }

    /**
     * Marks the pairs 'superseded', under who closed them and when, and returns those it closed: a pair
     * decided meanwhile on another connection is left as it is.
     */
    private static List<OpenPair> supersede(Connection c, List<OpenPair> pairs, String by) throws SQLException {
        List<OpenPair> closed = new ArrayList<>();
        if (pairs.isEmpty()) {
            return closed;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE link SET status = ?, decided_by = ?, decided_at = current_timestamp "
                + "WHERE id = ? AND status = ?")) {
            for (OpenPair o : pairs) {
                ps.setString(1, "superseded");
                ps.setString(2, by);
                ps.setLong(3, o.linkId());
                ps.setString(4, "review");
                if (ps.executeUpdate() == 1) {
                    closed.add(o);
                }
            }
        }
        return closed;
    }

    /**
     * A decided link as it stands now, for the page that just decided it: empty when there is no such
     * link or it still waits. For an accepted pending row, {@code valuesAttached} counts the row's
     * values now attached to the person and {@code superseded} the row's other pairs now closed; for
     * a rejected one, {@code superseded} counts the row's closed pairs with the same pair key.
     */
    public java.util.Optional<Decided> decision(long linkId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT l.person_id, l.status, l.probability, l.dataset_id, l.row_key, r.list_name, "
                    + "l.pair_key FROM link l JOIN link_run r ON r.id = l.run_id WHERE l.id = ?")) {
                ps.setLong(1, linkId);
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next() || !("accepted".equals(r.getString(2)) || "rejected".equals(r.getString(2)))) {
                        return java.util.Optional.<Decided>empty();
                    }
                    long person = r.getLong(1);
                    long ds = r.getLong(4);
                    Long datasetId = r.wasNull() ? null : ds;
                    Long line = datasetId != null && PendingLinkage.runName(datasetId).equals(r.getString(6)) ? PendingLinkage.line(r.getString(5)) : null;
                    boolean accepted = "accepted".equals(r.getString(2));
                    long values = line != null && accepted ? PendingRows.valuesAttached(c, datasetId, line, person) : 0;
                    long closed = line == null ? 0 : closedPairs(c, datasetId, r.getString(5), accepted ? null : r.getString(7));
                    return java.util.Optional.of(new Decided(linkId, r.getString(2), person, r.getDouble(3), datasetId, line, values, closed));
                }
            }
        });
    }

    /** The superseded pairs of a dataset's pending row now, all of them or those with {@code pairKey} when given. */
    private static long closedPairs(Connection c, long datasetId, String rowKey, String pairKey) throws SQLException {
        return rowPairs(c, PendingLinkage.runName(datasetId), rowKey, "superseded").stream()
                .filter(o -> pairKey == null || o.pairKey().equals(pairKey)).count();
    }

    private static Map<String, String[]> decisions(Connection c) throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pair_key, decision, decided_by FROM link_decision");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
            }
        }
        return out;
    }

    private static long nextval(Connection c, String sequence) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('" + sequence + "')"); ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** SHA-256 of both records' values: the same two records make the same key in any run. */
    static String pairKey(Row list, Row register) {
        StringBuilder b = new StringBuilder();
        for (String v : list.values()) {
            b.append(v == null ? "" : v.strip()).append('\u001f');
        }
        b.append('\u001e').append(register.id()).append('\u001e');
        for (String v : register.values()) {
            b.append(v == null ? "" : v.strip()).append('\u001f');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The explanation as JSON, with both records' values, for the review queue. */
    static String explanation(Explanation e, Row list, Row register) {
        ObjectNode root = JSON.createObjectNode();
        root.put("prior", e.priorWeight());
        root.put("weight", e.weight());
        root.put("probability", e.probability());
        ArrayNode parts = root.putArray("parts");
        for (Explanation.Part p : e.parts()) {
            parts.addObject().put("field", p.field()).put("level", p.level()).put("levelWeight", p.levelWeight())
                    .put("tfAdjustment", p.tfAdjustment()).put("weight", p.weight());
        }
        ObjectNode l = root.putObject("list");
        ObjectNode r = root.putObject("register");
        for (int i = 0; i < Field.REGISTER.size(); i++) {
            l.put(Field.REGISTER.get(i).name(), list.values()[i]);
            r.put(Field.REGISTER.get(i).name(), register.values()[i]);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException ex) {
            throw new HustingsException(ErrorCode.INTERNAL, "Could not write an explanation: " + ex.getMessage(), ex);
        }
    }
}
