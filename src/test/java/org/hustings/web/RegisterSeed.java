package org.hustings.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.hustings.store.Store;

/**
 * A small register written with plain SQL, so the web tests do not depend on the importers:
 * one authority, a superseded and a current edition, seven current entries in two polling
 * districts (markers N, F, F+G, Z, and an unknown Q), one deleted entry, and two imports in the
 * quarantine — one loaded with a warning and a rejected row, one refused.
 */
final class RegisterSeed {
    static final long OLD_EDITION = 100;
    static final long EDITION = 101;
    static final long LOADED_DATASET = 201;
    static final long REFUSED_DATASET = 202;
    static final String HOSTILE_VALUE = "<script>alert('x')</script>";

    private RegisterSeed() {
    }

    static void seed(Store store) {
        store.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO local_authority VALUES ('E07000999', 'Testbury District')");
                s.execute("INSERT INTO source (id, code, kind, name, supplier, article6_basis, legal_reference) VALUES "
                        + "(1, 'register-E07000999', 'statutory_register', 'Full register, Testbury', 'Testbury ERO', 'legal_obligation', "
                        + "'Representation of the People (England and Wales) Regulations 2001 regs 103-105')");
                s.execute("INSERT INTO dataset (id, source_id, kind, layout, file_name, file_sha256, encoding, status, rows_read, rows_loaded, "
                        + "rows_rejected, rows_warned, la_code, loaded_by, loaded_at) VALUES "
                        + "(200, 1, 'register', 'xpress14', 'testbury-2024.csv', 'aa', 'UTF-8', 'loaded', 2, 2, 0, 0, 'E07000999', 'asha', "
                        + "TIMESTAMPTZ '2024-12-01 10:00:00+00'), "
                        + "(201, 1, 'register', 'idox', 'testbury-2025.csv', 'bb', 'windows-1252', 'loaded', 10, 8, 1, 1, 'E07000999', 'asha', "
                        + "TIMESTAMPTZ '2025-12-01 10:00:00+00'), "
                        + "(202, 1, 'alteration', NULL, 'testbury-jan.csv', 'cc', 'UTF-8', 'refused', 3, 0, 3, 0, 'E07000999', 'ben', "
                        + "TIMESTAMPTZ '2026-01-05 09:30:00+00')");
                s.execute("UPDATE dataset SET message = 'Refused whole: 3 of 3 rows were rejected (the limit is 10%).' WHERE id = 202");
                s.execute("INSERT INTO problem VALUES "
                        + "(201, 'warning', 'testbury-2025.csv', 5, 'Franchise Flag', 'unknown_marker', 'Q is not a known marker; kept as supplied.', 'Q'), "
                        + "(201, 'rejected', 'testbury-2025.csv', 8, 'Date of Attainment', 'bad_date', 'The date 31/02/2008 does not exist.', '31/02/2008'), "
                        + "(202, 'rejected', 'testbury-jan.csv', 2, 'ElectorNumber', 'bad_elector_number', 'Not an elector number.', 'XX'), "
                        + "(202, 'rejected', 'testbury-jan.csv', 3, 'Surname', 'bad_name', 'The name holds markup.', '" + HOSTILE_VALUE.replace("'", "''") + "'), "
                        + "(202, 'rejected', 'testbury-jan.csv', 4, NULL, 'short_row', 'The row has 3 fields; 14 are needed.', NULL)");
                s.execute("INSERT INTO register_edition (id, la_code, published_on, dataset_id, previous_edition_id, status, carried, not_carried, new_people) VALUES "
                        + "(100, 'E07000999', DATE '2024-12-01', 200, NULL, 'superseded', 0, 0, 2), "
                        + "(101, 'E07000999', DATE '2025-12-01', 201, 100, 'current', 1, 1, 6)");
            }
            elector(c, 1, 100, "AA", 1, null, null);
            elector(c, 2, 100, "AA", 2, "F", null);
            elector(c, 3, 101, "AA", 1, "N", null);
            elector(c, 4, 101, "AA", 2, "F", null);
            elector(c, 5, 101, "AA", 3, null, null);
            elector(c, 6, 101, "AA", 4, "FG", null);
            elector(c, 7, 101, "AB", 1, "Z", null);
            elector(c, 8, 101, "AB", 2, "Q", null);
            elector(c, 9, 101, "AB", 3, "", null);
            elector(c, 10, 101, "AB", 4, "M", 202L);
            return null;
        });
    }

    private static void elector(Connection c, long id, long edition, String district, int number, String markers, Long deletedBy)
            throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO elector (id, edition_id, person_id, polling_district, elector_number, eno_prefix, "
                + "eno_number, eno_suffix, markers, anonymous, opted_out, other_elector, surname, forenames, line_no, dataset_id, deleted_dataset_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, false, false, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, edition);
            ps.setLong(3, id);
            ps.setString(4, district);
            ps.setString(5, district + "-" + number);
            ps.setString(6, district);
            ps.setInt(7, number);
            ps.setString(8, markers);
            ps.setBoolean(9, markers != null && markers.contains("N"));
            ps.setString(10, markers != null && markers.contains("N") ? null : "Surname" + id);
            ps.setString(11, markers != null && markers.contains("N") ? null : "Forename");
            ps.setLong(12, number + 1L);
            ps.setLong(13, edition == 100 ? 200 : 201);
            if (deletedBy == null) {
                ps.setNull(14, java.sql.Types.BIGINT);
            } else {
                ps.setLong(14, deletedBy);
            }
            ps.executeUpdate();
        }
    }
}
