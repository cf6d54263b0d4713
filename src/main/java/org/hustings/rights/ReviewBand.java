package org.hustings.rights;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.data.PendingRows;
import org.hustings.link.store.LinkStore;
import org.hustings.provenance.LedgerLink;
import org.hustings.store.Store;

/**
 * The rows the linker put in the review band for a request's person: list rows that may be them,
 * scored below the automatic link threshold, so their values are not attached to anyone yet. The
 * request covers every record of the person (UK GDPR Art 15(1): all personal data "concerning"
 * them), so these are listed on the request for staff to decide: confirming one attaches the row's
 * values to the person at link probability 1.0, a confirmed link (docs/adr/0133) — the access reply
 * then includes them — and records the decision with the linker (it is reused by later runs), all
 * in one transaction; rejecting one leaves the row unattached.
 */
public final class ReviewBand {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One candidate: the link, the dataset and line of the list row (null when the run was not over a
     * loaded dataset), its file, the linker's probability, and the list row beside the register entry.
     */
    public record Candidate(long linkId, Long datasetId, Long line, String fileName, double probability, Map<String, String> list,
                            Map<String, String> register) {
    }

    private final Store store;
    private final Requests requests;

    public ReviewBand(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
    }

    /** The person's links waiting for review, most probable first. */
    public List<Candidate> forPerson(long personId) {
        return store.read(c -> forPerson(c, personId));
    }

    /** As {@link #forPerson(long)} for the request's person; empty while it is not matched. */
    public List<Candidate> forRequest(long requestId) {
        RightsRequest r = requests.get(requestId);
        return r.personId() == null ? List.of() : forPerson(r.personId());
    }

    static List<Candidate> forPerson(Connection c, long personId) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        // A single-column equality on the indexed person_id (DuckDB uses the index only then); the status is checked here.
        try (PreparedStatement ps = c.prepareStatement("SELECT id, dataset_id, row_key, probability, explanation, status FROM link "
                + "WHERE person_id = ?")) {
            ps.setLong(1, personId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (!"review".equals(r.getString(6))) {
                        continue;
                    }
                    long ds = r.getLong(2);
                    Long datasetId = r.wasNull() ? null : ds;
                    Long line = datasetId == null ? null : parseLine(r.getString(3));
                    Map<String, String> list = new LinkedHashMap<>();
                    Map<String, String> register = new LinkedHashMap<>();
                    try {
                        JsonNode e = JSON.readTree(r.getString(5));
                        e.path("list").fields().forEachRemaining(f -> list.put(f.getKey(), f.getValue().isNull() ? "" : f.getValue().asText()));
                        e.path("register").fields().forEachRemaining(f -> register.put(f.getKey(), f.getValue().isNull() ? "" : f.getValue().asText()));
                    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
                        list.put("explanation", "unreadable");
                    }
                    out.add(new Candidate(r.getLong(1), datasetId, line, null, r.getDouble(4), list, register));
                }
            }
        }
        List<Candidate> named = new ArrayList<>();
        Meta meta = new Meta();
        meta.load(c, out.stream().filter(k -> k.datasetId() != null).map(Candidate::datasetId).toList(), List.of(), List.of());
        for (Candidate k : out) {
            named.add(new Candidate(k.linkId(), k.datasetId(), k.line(), k.datasetId() == null ? null : meta.dataset(k.datasetId()).fileName(),
                    k.probability(), k.list(), k.register()));
        }
        named.sort(java.util.Comparator.comparingDouble(Candidate::probability).reversed().thenComparingLong(Candidate::linkId));
        return named;
    }

    /**
     * Staff confirm that a review-band row is the request's person: the row's values are attached
     * to the person (so the reply and every other right reach them), the link is accepted, and the
     * request's history and the ledger say so.
     */
    public void confirm(String actor, long requestId, long linkId) {
        decide(actor, requestId, linkId, true);
    }

    /** Staff decide that a review-band row is not the request's person; it stays unattached. */
    public void reject(String actor, long requestId, long linkId) {
        decide(actor, requestId, linkId, false);
    }

    private void decide(String actor, long requestId, long linkId, boolean accept) {
        RightsRequest r = requests.get(requestId);
        if (r.personId() == null) {
            throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is not matched to a person yet: confirm the match first.");
        }
        if (r.closed()) {
            throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is closed.");
        }
        Candidate k = forPerson(r.personId()).stream().filter(x -> x.linkId() == linkId).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.NOT_FOUND, "Link " + linkId + " is not waiting for review for person "
                        + r.personId() + " of request " + r.ref() + "."));
        // One transaction: the decision, the values it attaches, the note on the request and the ledger entry stand or fall together.
        store.write(c -> {
            LinkStore links = new LinkStore(store);
            LinkStore.Decided d = links.decide(c, linkId, accept, actor);
            long values = d.valuesAttached();
            if (accept && !d.pendingRow() && k.datasetId() != null && k.line() != null) {
                // A run over a loaded dataset's rows that was not a pending-row run: staff confirmed it, so it attaches here,
                // at 1.0 as every confirmed link does (UK GDPR Art 5(1)(d); docs/adr/0133), and the row's open pending-row
                // pairs close as an attach by hand closes them (one row, one decision: docs/adr/0135).
                values = links.attach(c, List.of(PendingRows.Link.confirmed(k.datasetId(), k.line(), r.personId(),
                        k.probability())), actor).valuesAttached();
            }
            String where = k.datasetId() == null ? "link " + linkId : "line " + k.line() + " of dataset " + k.datasetId();
            requests.note(c, actor, requestId, accept ? "link_confirmed" : "link_rejected", accept
                    ? "Confirmed " + where + " as this person: " + values + " values attached, so the request covers them."
                    : "Decided " + where + " is not this person.");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("link", linkId);
            details.put("decision", accept ? "accept" : "reject");
            details.put("values_attached", values);
            new LedgerLink(store).record(c, actor, "rights.review_link", "request:" + requestId, details, List.of(r.personId()));
            return null;
        });
    }

    private static Long parseLine(String rowKey) {
        try {
            return Long.parseLong(rowKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
