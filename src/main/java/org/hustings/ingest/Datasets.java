package org.hustings.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** The {@code dataset} rows: one per file delivered, loaded or refused. */
final class Datasets {
    private Datasets() {
    }

    /** The dataset that already loaded a file with these exact contents for this kind, if any. */
    static Optional<Long> loadedBefore(Connection c, String sha256, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM dataset WHERE file_sha256 = ? AND kind = ? AND status = 'loaded' ORDER BY id LIMIT 1")) {
            ps.setString(1, sha256);
            ps.setString(2, kind);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
            }
        }
    }

    static long open(Connection c, long sourceId, String kind, SourceFile file, String laCode, String actor, String status)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO dataset (source_id, kind, file_name, file_sha256, encoding, status, la_code, loaded_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, sourceId);
            ps.setString(2, kind);
            ps.setString(3, file.name());
            ps.setString(4, file.sha256());
            ps.setString(5, file.charset().name());
            ps.setString(6, status);
            ps.setString(7, laCode);
            ps.setString(8, actor);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static void close(Connection c, long id, ReadSummary s, long loaded, long rejected, long warned, Long editionId, Long electionId,
                      String message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE dataset SET layout = ?, rows_read = ?, rows_loaded = ?, rows_rejected = ?, rows_warned = ?, "
                        + "edition_id = ?, election_id = ?, message = ? WHERE id = ?")) {
            ps.setString(1, s.layout());
            ps.setLong(2, s.rows());
            ps.setLong(3, loaded);
            ps.setLong(4, rejected);
            ps.setLong(5, warned);
            ps.setObject(6, editionId);
            ps.setObject(7, electionId);
            ps.setString(8, message);
            ps.setLong(9, id);
            ps.executeUpdate();
        }
    }
}
