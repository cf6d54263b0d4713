package org.hustings.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.register.AbsentVoter;
import org.hustings.register.ElectionMark;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * Loads a marked register or an absent-voter list against the register edition in force at the
 * election (the latest published on or before polling day; else the current one). Rows are
 * staged in bulk, matched to electors by elector number set-based, and numbers not on that
 * edition are quarantined. Supplied under Representation of the People Regulations 2001 reg 117.
 */
final class ParticipationLoader<T> implements KindLoader<T> {
    enum Kind { MARKS, ABSENT_VOTERS }

    private final Store store;
    private final Kind kind;
    private final String laCode;
    private final String electionName;
    private final LocalDate heldOn;
    private final String fileName;
    private long datasetId;
    private long editionId;
    private Long electionId;
    private BulkLoad load;

    ParticipationLoader(Store store, Kind kind, String laCode, String electionName, LocalDate heldOn, String fileName) {
        this.store = store;
        this.kind = kind;
        this.laCode = laCode;
        this.electionName = electionName;
        this.heldOn = heldOn;
        this.fileName = fileName;
        if (kind == Kind.MARKS && (electionName == null || heldOn == null)) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A marked register belongs to an election: give its name and polling day.");
        }
    }

    @Override
    public void begin(Connection c, long datasetId) throws SQLException {
        this.datasetId = datasetId;
        editionId = (heldOn == null ? java.util.Optional.<Long>empty() : Sql.firstLong(c,
                "SELECT id FROM register_edition WHERE la_code = ? AND published_on <= ? ORDER BY published_on DESC LIMIT 1", laCode, heldOn))
                .or(() -> currentEdition(c))
                .orElseThrow(() -> new HustingsException(ErrorCode.CONFLICT,
                        "There is no register of " + laCode + " to match this list against. Load the full register first."));
        if (electionName != null && heldOn != null) {
            Sql.update(c, "INSERT INTO election (la_code, name, held_on, edition_id) VALUES (?, ?, ?, ?) "
                    + "ON CONFLICT (la_code, name, held_on) DO NOTHING", laCode, electionName, heldOn, editionId);
            electionId = Sql.firstLong(c, "SELECT id FROM election WHERE la_code = ? AND name = ? AND held_on = ?",
                    laCode, electionName, heldOn).orElseThrow();
        }
        load = store.bulkLoad(c, "stage_participation",
                java.util.List.of("dataset_id", "line_no", "elector_number", "kind", "returned", "proxy_name"));
    }

    private java.util.Optional<Long> currentEdition(Connection c) {
        try {
            return Sql.firstLong(c, "SELECT id FROM register_edition WHERE la_code = ? AND status = 'current'", laCode);
        } catch (SQLException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, e.getMessage(), e);
        }
    }

    @Override
    public void accept(T record) {
        if (record instanceof ElectionMark m) {
            load.row(datasetId, m.line(), m.number().canonical(), m.mark().name().toLowerCase(Locale.ROOT), null, null);
        } else if (record instanceof AbsentVoter a) {
            load.row(datasetId, a.line(), a.number().canonical(), a.kind().name().toLowerCase(Locale.ROOT), a.returned(), a.proxyName());
        } else {
            throw new IllegalArgumentException("not a participation record: " + record);
        }
    }

    @Override
    public Result end(Connection c, ProblemSink problems) throws SQLException {
        try (BulkLoad l = load) {
            l.finish();
        }
        String unmatched = "FROM stage_participation s WHERE s.dataset_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM elector e WHERE e.edition_id = ? AND e.elector_number = s.elector_number)";
        try (PreparedStatement ps = c.prepareStatement("SELECT s.line_no, s.elector_number " + unmatched + " ORDER BY s.line_no")) {
            ps.setLong(1, datasetId);
            ps.setLong(2, editionId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    problems.report(Problem.rejected(fileName, r.getLong(1), "Elector Number", "unknown-elector-number",
                            "This elector number is not on the register edition in force at the time, so the line cannot be placed.",
                            r.getString(2)));
                }
            }
        }
        String matched = """
                SELECT DISTINCT ON (s.line_no) s.line_no, s.elector_number, s.kind, s.returned, s.proxy_name, e.id AS elector_id, e.person_id
                FROM stage_participation s JOIN elector e ON e.edition_id = ? AND e.elector_number = s.elector_number
                WHERE s.dataset_id = ?
                ORDER BY s.line_no, e.id DESC""";
        long loaded = kind == Kind.MARKS
                ? Sql.update(c, "INSERT INTO election_mark (election_id, elector_id, person_id, elector_number, mark, dataset_id, line_no) "
                        + "SELECT ?, m.elector_id, m.person_id, m.elector_number, m.kind, ?, m.line_no FROM (" + matched + ") m",
                        electionId, datasetId, editionId, datasetId)
                : Sql.update(c, "INSERT INTO absent_voter (edition_id, election_id, elector_id, person_id, elector_number, kind, returned, "
                        + "proxy_name, dataset_id, line_no) SELECT ?, ?, m.elector_id, m.person_id, m.elector_number, m.kind, m.returned, "
                        + "m.proxy_name, ?, m.line_no FROM (" + matched + ") m",
                        editionId, electionId, datasetId, editionId, datasetId);
        Sql.update(c, "DELETE FROM stage_participation WHERE dataset_id = ?", datasetId);
        return new Result(loaded, editionId, electionId, null);
    }
}
