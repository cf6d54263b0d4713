package org.hustings.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.hustings.provenance.Sources;
import org.hustings.store.Store;

/** Seeds the V1 spine tables with plain SQL for gate tests: one current register edition per local authority. */
final class Spine {
    static final String LA = "E07000223";
    private final Store store;
    final long registerSource;
    final long registerDataset;
    final long edition;

    Spine(Store store) {
        this.store = store;
        long[] ids = store.write(c -> {
            long source = new Sources(store).ensureRegisterSource(c, LA, "Adur");
            long dataset = dataset(c, source, "register", "adur-2026.csv");
            long edition;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO register_edition (la_code, published_on, dataset_id, status) "
                    + "VALUES (?, ?, ?, 'current') RETURNING id")) {
                ps.setString(1, LA);
                ps.setObject(2, LocalDate.of(2026, 12, 1));
                ps.setLong(3, dataset);
                try (var r = ps.executeQuery()) {
                    r.next();
                    edition = r.getLong(1);
                }
            }
            return new long[] {source, dataset, edition};
        });
        this.registerSource = ids[0];
        this.registerDataset = ids[1];
        this.edition = ids[2];
    }

    static long dataset(Connection c, long sourceId, String kind, String file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset (source_id, kind, file_name, file_sha256, status, loaded_by) "
                + "VALUES (?, ?, ?, ?, 'loaded', 'test') RETURNING id")) {
            ps.setLong(1, sourceId);
            ps.setString(2, kind);
            ps.setString(3, file);
            ps.setString(4, "0".repeat(64));
            try (var r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Adds a person with a current register entry in polling district {@code district}. */
    void elector(long personId, String forenames, String surname, String postcode, String district) {
        store.write(c -> {
            elector(c, personId, forenames, surname, postcode, district);
            return null;
        });
    }

    void elector(Connection c, long personId, String forenames, String surname, String postcode, String district) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, first_dataset_id) VALUES (?, ?)")) {
            ps.setLong(1, personId);
            ps.setLong(2, registerDataset);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO elector (id, edition_id, person_id, polling_district, elector_number, "
                + "eno_prefix, eno_number, eno_suffix, anonymous, opted_out, other_elector, forenames, surname, address1, postcode, "
                + "line_no, dataset_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, FALSE, FALSE, FALSE, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, personId);
            ps.setLong(2, edition);
            ps.setLong(3, personId);
            ps.setString(4, district);
            ps.setString(5, district + "-" + personId);
            ps.setString(6, district);
            ps.setInt(7, (int) personId);
            ps.setString(8, forenames);
            ps.setString(9, surname);
            ps.setString(10, personId + " High Street");
            ps.setString(11, postcode);
            ps.setLong(12, personId);
            ps.setLong(13, registerDataset);
            ps.executeUpdate();
        }
    }
}
