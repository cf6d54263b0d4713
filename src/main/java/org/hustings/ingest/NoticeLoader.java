package org.hustings.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.register.Alteration;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * Applies a monthly notice of alteration to the authority's current edition, set-based: rows
 * are kept in {@code notice_row}; where one notice names an elector number more than once, delete
 * beats amend beats create (later lines break ties); then deletions, amendments and creations are
 * applied, each change recorded in {@code elector_change}. A deletion of a number not on the register, or
 * a creation of one already on it, is quarantined; an amendment of a number not on the register is
 * the last change to an entry the same notice created, and is applied as a creation.
 */
final class NoticeLoader implements KindLoader<Alteration> {
    private static final String PRECEDENCE = "CASE action WHEN 'delete' THEN 3 WHEN 'amend' THEN 2 ELSE 1 END";
    private final Store store;
    private final String laCode;
    private final String fileName;
    private long datasetId;
    private long editionId;
    private BulkLoad load;
    private final Object[] row = new Object[4 + EntryColumns.NAMES.size()];

    NoticeLoader(Store store, String laCode, String fileName) {
        this.store = store;
        this.laCode = laCode;
        this.fileName = fileName;
    }

    @Override
    public void begin(Connection c, long datasetId) throws SQLException {
        this.datasetId = datasetId;
        editionId = Sql.firstLong(c, "SELECT id FROM register_edition WHERE la_code = ? AND status = 'current'", laCode)
                .orElseThrow(() -> new HustingsException(ErrorCode.CONFLICT,
                        "There is no register of " + laCode + " to apply this notice to. Load the full register first."));
        load = store.bulkLoad(c, "notice_row", EntryColumns.with("dataset_id", "line_no", "action", "month"));
    }

    @Override
    public void accept(Alteration a) {
        row[0] = datasetId;
        row[1] = a.line();
        row[2] = a.action().name().toLowerCase(java.util.Locale.ROOT);
        row[3] = a.month();
        EntryColumns.fill(row, 4, a.entry());
        load.row(row);
    }

    @Override
    public Result end(Connection c, ProblemSink problems) throws SQLException {
        try (BulkLoad l = load) {
            l.finish();
        }
        // One change per elector number: the strongest action wins, later lines break ties.
        report(c, problems, """
                SELECT n.line_no, n.elector_number FROM notice_row n
                WHERE n.dataset_id = ? AND EXISTS (
                    SELECT 1 FROM notice_row w WHERE w.dataset_id = n.dataset_id AND w.elector_number = n.elector_number
                      AND (%1$s > %2$s OR (%1$s = %2$s AND w.line_no > n.line_no)))"""
                .formatted(PRECEDENCE.replace("action", "w.action"), PRECEDENCE.replace("action", "n.action")),
                Problem.Severity.WARNING, "superseded-in-notice",
                "A later or stronger change to the same elector number in this notice replaces this line (delete beats amend beats create).",
                true);
        // An amendment of a number not on the register is the latest change to an entry the same notice
        // created (the reader keeps one change per elector): it is applied as a creation.
        String notOnRegister = """
                NOT EXISTS (SELECT 1 FROM elector e WHERE e.edition_id = %d AND e.deleted_dataset_id IS NULL
                            AND e.elector_number = n.elector_number)""".formatted(editionId);
        report(c, problems, "SELECT n.line_no, n.elector_number FROM notice_row n WHERE n.dataset_id = ? AND n.action = 'amend' AND "
                + notOnRegister, Problem.Severity.WARNING, "amend-treated-as-create",
                "This elector number is not on the current register, so the amendment is added as a new entry.", false);
        Sql.update(c, "UPDATE notice_row SET action = 'create' WHERE dataset_id = ? AND action = 'amend' AND NOT EXISTS "
                + "(SELECT 1 FROM elector e WHERE e.edition_id = ? AND e.deleted_dataset_id IS NULL "
                + "AND e.elector_number = notice_row.elector_number)", datasetId, editionId);
        // Deletions must name an entry on the register; creations must not.
        report(c, problems, "SELECT n.line_no, n.elector_number FROM notice_row n WHERE n.dataset_id = ? AND n.action = 'delete' AND "
                + notOnRegister, Problem.Severity.REJECTED, "unknown-elector-number",
                "This elector number is not on the current register, so it cannot be deleted.", true);
        report(c, problems, """
                SELECT n.line_no, n.elector_number FROM notice_row n
                WHERE n.dataset_id = ? AND n.action = 'create' AND EXISTS (
                    SELECT 1 FROM elector e WHERE e.edition_id = %d AND e.deleted_dataset_id IS NULL AND e.elector_number = n.elector_number)"""
                .formatted(editionId), Problem.Severity.REJECTED, "duplicate-elector-number",
                "This elector number is already on the current register, so it cannot be added again.", true);
        long deleted = Sql.update(c, """
                UPDATE elector SET deleted_dataset_id = ?
                WHERE edition_id = ? AND deleted_dataset_id IS NULL
                  AND elector_number IN (SELECT elector_number FROM notice_row WHERE dataset_id = ? AND action = 'delete')""",
                datasetId, editionId, datasetId);
        StringBuilder set = new StringBuilder();
        for (String col : EntryColumns.NAMES) {
            set.append(col).append(" = n.").append(col).append(", ");
        }
        long amended = Sql.update(c, "UPDATE elector SET " + set + "changed_dataset_id = ? FROM notice_row n "
                + "WHERE n.dataset_id = ? AND n.action = 'amend' AND elector.edition_id = ? AND elector.deleted_dataset_id IS NULL "
                + "AND elector.elector_number = n.elector_number", datasetId, datasetId, editionId);
        String cols = String.join(", ", EntryColumns.NAMES);
        long created = Sql.update(c, "INSERT INTO elector (id, edition_id, person_id, line_no, dataset_id, " + cols + ") "
                + "SELECT nextval('elector_seq'), ?, nextval('person_seq'), line_no, dataset_id, " + cols
                + " FROM notice_row WHERE dataset_id = ? AND action = 'create'", editionId, datasetId);
        Sql.update(c, "INSERT INTO person (id, first_dataset_id) SELECT person_id, dataset_id FROM elector WHERE edition_id = ? AND dataset_id = ?",
                editionId, datasetId);
        Sql.update(c, """
                INSERT INTO elector_change (dataset_id, elector_id, action, month, line_no)
                SELECT n.dataset_id, e.id, n.action, n.month, n.line_no
                FROM notice_row n JOIN elector e ON e.edition_id = ? AND e.elector_number = n.elector_number
                 AND ((n.action = 'create' AND e.dataset_id = n.dataset_id)
                   OR (n.action = 'amend' AND e.changed_dataset_id = n.dataset_id AND e.deleted_dataset_id IS NULL)
                   OR (n.action = 'delete' AND e.deleted_dataset_id = n.dataset_id))
                WHERE n.dataset_id = ?""", editionId, datasetId);
        return new Result(deleted + amended + created, editionId, null, null);
    }

    /** Reports each row the query finds, then removes it from the notice so it is not applied. */
    private void report(Connection c, ProblemSink problems, String select, Problem.Severity severity, String code, String message,
                        boolean remove) throws SQLException {
        StringBuilder lines = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setLong(1, datasetId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long line = r.getLong(1);
                    problems.report(new Problem(fileName, line, "ElectorNumber", code, message, r.getString(2), severity));
                    lines.append(lines.isEmpty() ? "" : ",").append(line);
                }
            }
        }
        if (remove && !lines.isEmpty()) {
            Sql.update(c, "DELETE FROM notice_row WHERE dataset_id = ? AND line_no IN (" + lines + ")", datasetId);
        }
    }
}
