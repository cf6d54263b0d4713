package org.hustings.ingest.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
import org.hustings.ingest.ProblemSink;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.SourceFile;
import org.hustings.provenance.AttributeLoad;
import org.hustings.provenance.Sources;
import org.hustings.register.MatchKey;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * Loads a person-level file inside the import's transaction, in three set-based stages:
 * <ol>
 *   <li>identity keys of every good row into {@code pending_row} (one streaming pass);</li>
 *   <li>exact attachment in SQL: elector number within the authority's current edition, then the
 *       register's normalised name + address + postcode key among current entries; a key that fits
 *       more than one person attaches nobody;</li>
 *   <li>values into {@code attribute_value} through the provenance API (a second streaming pass),
 *       then given the attached person in one UPDATE; consents of attached people are recorded.</li>
 * </ol>
 * Attached rows leave {@code pending_row}; the rest stay, with their values unlinked, for the linker.
 */
final class PersonLoad {
    private static final List<String> PENDING = List.of("dataset_id", "line_no", "reason", "la_code", "elector_number", "forenames",
            "surname", "address", "postcode", "birth_date", "email", "phone", "match_key", "surname_key");
    /**
     * An elector number attaches only when the row's surname, if it has one, is the entry's (the match key starts with the
     * normalised surname): a mistyped number must not put one person's opinions on another's record (UK GDPR Art 5(1)(d)).
     */
    private static final String SAME_SURNAME = "(p.surname_key IS NULL OR e.match_key IS NULL OR e.match_key LIKE p.surname_key || '|%')";
    private final Store store;
    private final Sources sources;
    private final Connection c;
    private final long datasetId;
    private final String laCode;
    private final Map<Long, List<DataRow.RowConsent>> consents = new HashMap<>();
    private long recorded;

    PersonLoad(Store store, Sources sources, Connection c, long datasetId, String laCode) {
        this.store = store;
        this.sources = sources;
        this.c = c;
        this.datasetId = datasetId;
        this.laCode = laCode;
    }

    /** Stage 1: reads the file, quarantining bad rows, and stages the identity keys of the good ones. */
    ReadSummary stage(SourceFile file, DataMapping mapping, ProblemSink problems) throws SQLException {
        try (BulkLoad load = store.bulkLoad(c, "pending_row", PENDING)) {
            ReadSummary summary = DataReader.read(file, mapping, row -> {
                DataRow.Identity i = row.identity();
                String reason = i.electorNumber() == null && i.matchKey() == null ? "no-exact-key" : "no-match";
                String address = i.address().isEmpty() ? null : String.join(", ", i.address());
                load.row(datasetId, row.line(), reason, laCode, i.electorNumber(), cut(i.forenames(), 200), cut(i.surname(), 200),
                        cut(address, 1000), i.postcode(), i.birthDate(), i.email(), i.phone(), cut(i.matchKey(), 800),
                        i.surname() == null ? null : cut(MatchKey.normalise(i.surname()), 200));
                if (!row.consents().isEmpty()) {
                    consents.put(row.line(), row.consents());
                }
            }, problems);
            load.finish();
            return summary;
        }
    }

    /** Stage 2: exact keys, set-based. */
    Attachment attach(Long editionId) throws SQLException {
        long byNumber = 0;
        String candidates = "SELECT p.line_no, min(e.person_id) AS person_id, count(DISTINCT e.person_id) AS n FROM pending_row p ";
        if (editionId != null) {
            byNumber = Sql.update(c, "UPDATE pending_row SET person_id = m.person_id, attached_by = 'elector_number' FROM (" + candidates
                    + "JOIN elector e ON e.elector_number = p.elector_number WHERE p.dataset_id = ? AND e.edition_id = ? "
                    + "AND e.deleted_dataset_id IS NULL AND " + SAME_SURNAME + " GROUP BY p.line_no) m "
                    + "WHERE pending_row.dataset_id = ? AND pending_row.line_no = m.line_no AND m.n = 1", datasetId, editionId, datasetId);
        }
        String current = "JOIN elector e ON e.match_key = p.match_key JOIN register_edition r ON r.id = e.edition_id "
                + "WHERE p.dataset_id = ? AND p.person_id IS NULL AND r.status = 'current' AND e.deleted_dataset_id IS NULL "
                + (laCode == null ? "" : "AND r.la_code = ? ");
        Object[] params = laCode == null ? new Object[] {datasetId, datasetId} : new Object[] {datasetId, laCode, datasetId};
        long byName = Sql.update(c, "UPDATE pending_row SET person_id = m.person_id, attached_by = 'name_address' FROM (" + candidates
                + current + "GROUP BY p.line_no) m WHERE pending_row.dataset_id = ? AND pending_row.line_no = m.line_no AND m.n = 1", params);
        String ambiguous = "UPDATE pending_row SET reason = 'ambiguous' WHERE dataset_id = ? AND person_id IS NULL AND reason <> 'ambiguous' "
                + "AND line_no IN (SELECT p.line_no FROM pending_row p ";
        long ambiguousRows = 0;
        if (editionId != null) {
            ambiguousRows += Sql.update(c, ambiguous + "JOIN elector e ON e.elector_number = p.elector_number WHERE p.dataset_id = ? "
                    + "AND p.person_id IS NULL AND e.edition_id = ? AND e.deleted_dataset_id IS NULL AND " + SAME_SURNAME
                    + " GROUP BY p.line_no HAVING count(DISTINCT e.person_id) > 1)", datasetId, datasetId, editionId);
        }
        Object[] inner = laCode == null ? new Object[] {datasetId, datasetId} : new Object[] {datasetId, datasetId, laCode};
        ambiguousRows += Sql.update(c, ambiguous + current + "GROUP BY p.line_no HAVING count(DISTINCT e.person_id) > 1)", inner);
        long pending = Sql.count(c, "SELECT count(*) FROM pending_row WHERE dataset_id = ? AND person_id IS NULL", datasetId);
        return new Attachment(byNumber, byName, pending, ambiguousRows, 0);
    }

    /** Stage 3: the values, through the provenance API, then linked to the attached people; consents recorded. */
    long values(SourceFile file, DataMapping mapping, Consents register, String actor, String sourceCode) throws SQLException {
        long[] n = {0};
        try (AttributeLoad load = sources.attributes(c, datasetId)) {
            DataReader.read(file, mapping, row -> row.values().forEach((field, value) -> {
                load.value(row.line(), field, value, null, null);
                n[0]++;
            }), p -> { });
            load.finish();
        }
        Sql.update(c, "UPDATE attribute_value SET person_id = p.person_id, link_probability = 1.0, linked_at = ? FROM pending_row p "
                + "WHERE attribute_value.dataset_id = ? AND p.dataset_id = ? AND attribute_value.line_no = p.line_no AND p.person_id IS NOT NULL",
                Timestamp.from(Instant.now()), datasetId, datasetId);
        List<long[]> attached = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT line_no, person_id FROM pending_row WHERE dataset_id = ? "
                + "AND person_id IS NOT NULL ORDER BY line_no"), datasetId); var r = ps.executeQuery()) {
            while (r.next()) {
                if (consents.containsKey(r.getLong(1))) {
                    attached.add(new long[] {r.getLong(1), r.getLong(2)});
                }
            }
        }
        for (long[] a : attached) {
            for (DataRow.RowConsent rc : consents.remove(a[0])) {
                register.record(c, actor, record(a[1], rc, sourceCode));
                recorded++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pending_consent (dataset_id, line_no, purpose, channel, status, given_at, "
                + "method, wording_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var e : consents.entrySet()) {
                for (DataRow.RowConsent rc : e.getValue()) {
                    Sql.bind(ps, datasetId, e.getKey(), rc.purpose(), rc.channel().code(), rc.status().code(),
                            rc.givenAt() == null ? null : Timestamp.from(rc.givenAt()), rc.method() == null ? null : rc.method().code(),
                            rc.wordingVersion());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        return n[0];
    }

    long consentsRecorded() {
        return recorded;
    }

    /** The people attached at this load (for the ledger's person index), then the attached rows leave the pending table. */
    List<Long> finishAttached() throws SQLException {
        List<Long> people = Sql.longs(c, "SELECT DISTINCT person_id FROM pending_row WHERE dataset_id = ? AND person_id IS NOT NULL "
                + "ORDER BY person_id", datasetId);
        Sql.update(c, "DELETE FROM pending_row WHERE dataset_id = ? AND person_id IS NOT NULL", datasetId);
        return people;
    }

    static ConsentRecord record(long personId, DataRow.RowConsent rc, String sourceCode) {
        boolean grant = rc.status() == org.hustings.consent.ConsentStatus.GRANTED;
        return new ConsentRecord(personId, rc.purpose(), rc.channel(), rc.status(), rc.givenAt(), rc.method(),
                grant ? sourceCode : null, grant ? rc.wordingVersion() : null);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
