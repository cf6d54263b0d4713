package org.hustings.register;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hustings.store.Store;

/**
 * A small register for finding people, written with plain SQL (match keys as the importer makes
 * them, {@link MatchKey#of}): Adur with a superseded and a current edition, Arun with a current one.
 * <ul>
 * <li>1 Siobhán O'Néill, 1 Mill Lane, BN43 6AA, AA-1</li>
 * <li>2 John Paul Smith, 2 Mill Lane, BN43 6AA, AA-2, marker F; an objection to marketing, lifted</li>
 * <li>3 Joanna Smith, 3 Mill Lane, BN43 6AB, AA-3, restricted</li>
 * <li>4 Mary-Jane Smith, 4 Mill Lane, BN43 6AB, AA-4/1, marker Z, erased and do-not-contact</li>
 * <li>5 an anonymous elector, AA-5, marker N</li>
 * <li>6 Del Smith, 6 Mill Lane, BN43 6AB, AA-6, deleted by a notice (not current)</li>
 * <li>7 Old Smith, only in the superseded edition</li>
 * <li>8 Adam Smith, 1 Sea Road, BN17 5AA, Arun's AA-1</li>
 * <li>9, 10, 11 three "Tim Twin"s at 9 Mill Lane, BN43 6AD (identical sort keys), AA-9, AA-10, AA-11</li>
 * <li>100 to 219: {@link #JONESES} people called Jones at 1 to 120 Long Road, BN43 7ZZ, district AJ</li>
 * </ul>
 * Person id = register entry id, except Old Smith's superseded entry 70 (person 7).
 */
public final class PeopleSeed {
    public static final String ADUR = "E07000223";
    public static final String ARUN = "E07000224";
    public static final long OLD_EDITION = 1;
    public static final long ADUR_EDITION = 2;
    public static final long ARUN_EDITION = 3;
    public static final long ONEILL = 1;
    public static final long JOHN_SMITH = 2;
    public static final long JOANNA_SMITH = 3;
    public static final long ERASED_SMITH = 4;
    public static final long ANONYMOUS = 5;
    public static final long DELETED_SMITH = 6;
    public static final long OLD_SMITH = 7;
    public static final long ADAM_SMITH = 8;
    public static final int JONESES = 120;

    private PeopleSeed() {
    }

    public static void seed(Store store) {
        store.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO local_authority VALUES ('" + ADUR + "', 'Adur'), ('" + ARUN + "', 'Arun')");
                s.execute("INSERT INTO source (id, code, kind, name, supplier, article6_basis, legal_reference) VALUES "
                        + "(901, 'register-people-seed', 'statutory_register', 'Full registers', 'The EROs', 'legal_obligation', "
                        + "'Representation of the People (England and Wales) Regulations 2001 regs 103-105')");
                s.execute("INSERT INTO dataset (id, source_id, kind, file_name, file_sha256, status, loaded_by) VALUES "
                        + "(901, 901, 'register', 'adur-2024.csv', 'a1', 'loaded', 'seed'), "
                        + "(902, 901, 'register', 'adur-2025.csv', 'a2', 'loaded', 'seed'), "
                        + "(903, 901, 'register', 'arun-2025.csv', 'a3', 'loaded', 'seed'), "
                        + "(904, 901, 'alteration', 'adur-jan.csv', 'a4', 'loaded', 'seed')");
                s.execute("INSERT INTO register_edition (id, la_code, published_on, dataset_id, status) VALUES "
                        + "(1, '" + ADUR + "', DATE '2024-12-01', 901, 'superseded'), "
                        + "(2, '" + ADUR + "', DATE '2025-12-01', 902, 'current'), "
                        + "(3, '" + ARUN + "', DATE '2025-12-01', 903, 'current')");
            }
            List<Object[]> rows = new ArrayList<>();
            rows.add(row(ONEILL, ADUR_EDITION, "AA-1", null, "Siobhán", "O'Néill", "1 Mill Lane", "BN43 6AA", null));
            rows.add(row(JOHN_SMITH, ADUR_EDITION, "AA-2", "F", "John Paul", "Smith", "2 Mill Lane", "BN43 6AA", null));
            rows.add(row(JOANNA_SMITH, ADUR_EDITION, "AA-3", null, "Joanna", "Smith", "3 Mill Lane", "BN43 6AB", null));
            rows.add(row(ERASED_SMITH, ADUR_EDITION, "AA-4/1", "Z", "Mary-Jane", "Smith", "4 Mill Lane", "BN43 6AB", null));
            rows.add(row(ANONYMOUS, ADUR_EDITION, "AA-5", "N", null, null, null, null, null));
            rows.add(row(DELETED_SMITH, ADUR_EDITION, "AA-6", null, "Del", "Smith", "6 Mill Lane", "BN43 6AB", 904L));
            rows.add(row(70, OLD_EDITION, "AA-7", null, "Old", "Smith", "7 Mill Lane", "BN43 6AB", null));
            rows.add(row(ADAM_SMITH, ARUN_EDITION, "AA-1", null, "Adam", "Smith", "1 Sea Road", "BN17 5AA", null));
            for (long id = 9; id <= 11; id++) {
                rows.add(row(id, ADUR_EDITION, "AA-" + id, null, "Tim", "Twin", "9 Mill Lane", "BN43 6AD", null));
            }
            for (int i = 1; i <= JONESES; i++) {
                rows.add(row(99 + i, ADUR_EDITION, "AJ-" + i, null, "Person", "Jones", i + " Long Road", "BN43 7ZZ", null));
            }
            for (Object[] r : rows) {
                insert(c, r);
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO person_flag (person_id, flag, since, reason, set_by) VALUES "
                        + "(3, 'restricted', TIMESTAMPTZ '2026-01-02 10:00:00+00', 'accuracy contested', 'dpo'), "
                        + "(4, 'erased', TIMESTAMPTZ '2026-01-03 10:00:00+00', 'Erasure request R-1', 'dpo'), "
                        + "(4, 'do_not_contact', TIMESTAMPTZ '2026-01-03 10:00:00+00', 'Erasure request R-1', 'dpo')");
                s.execute("INSERT INTO person_flag (person_id, flag, since, reason, set_by, lifted_at, lifted_by) VALUES "
                        + "(2, 'objected_marketing', TIMESTAMPTZ '2026-01-02 10:00:00+00', 'asked', 'dpo', TIMESTAMPTZ '2026-01-05 10:00:00+00', 'dpo')");
            }
            return null;
        });
    }

    private static Object[] row(long id, long edition, String number, String markers, String forenames, String surname, String address,
                                String postcode, Long deletedBy) {
        return new Object[] {id, edition, number, markers, forenames, surname, address, postcode, deletedBy};
    }

    private static void insert(Connection c, Object[] r) throws SQLException {
        long id = (Long) r[0];
        long edition = (Long) r[1];
        ElectorNumber number = ElectorNumber.parseCombined((String) r[2]).orElseThrow();
        String markers = (String) r[3];
        String address = (String) r[6];
        RegisterEntry e = new RegisterEntry(id, number.prefix(), number, Markers.parse(markers), null, null, null, (String) r[4], null,
                (String) r[5], null, address == null ? List.of() : List.of(address, "Shoreham"), (String) r[7], false, null);
        long person = id == 70 ? OLD_SMITH : id;
        if (id != 70) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, first_dataset_id) VALUES (?, ?)")) {
                ps.setLong(1, person);
                ps.setLong(2, edition == ARUN_EDITION ? 903 : 902);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO elector (id, edition_id, person_id, polling_district, elector_number, "
                + "eno_prefix, eno_number, eno_suffix, markers, anonymous, opted_out, other_elector, forenames, surname, address1, address2, "
                + "postcode, match_key, line_no, dataset_id, deleted_dataset_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, edition);
            ps.setLong(3, person);
            ps.setString(4, number.prefix());
            ps.setString(5, number.canonical());
            ps.setString(6, number.prefix());
            ps.setInt(7, number.number());
            ps.setInt(8, number.suffix());
            ps.setString(9, markers);
            ps.setBoolean(10, e.anonymous());
            ps.setString(11, e.forenames());
            ps.setString(12, e.surname());
            ps.setString(13, e.address().isEmpty() ? null : e.address().get(0));
            ps.setString(14, e.address().isEmpty() ? null : e.address().get(1));
            ps.setString(15, e.postcode());
            ps.setString(16, MatchKey.of(e));
            ps.setLong(17, id);
            ps.setLong(18, edition == OLD_EDITION ? 901 : edition == ADUR_EDITION ? 902 : 903);
            if (r[8] == null) {
                ps.setNull(19, java.sql.Types.BIGINT);
            } else {
                ps.setLong(19, (Long) r[8]);
            }
            ps.executeUpdate();
        }
    }
}
