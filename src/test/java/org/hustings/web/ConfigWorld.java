package org.hustings.web;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hustings.gate.PersonFlag;
import org.hustings.gate.PersonFlags;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.staff.Role;
import org.hustings.staff.Staff;
import org.hustings.store.Store;

/**
 * A small world for the configuration pages, written through the facades (and plain SQL for the
 * register rows): Adur's register source with a current edition of six people in polling
 * districts AA and AB, person 4 restricted; the party as supplier of a web sign-up source with a
 * consent wording; and one login per role. The processing activities are not seeded by hand:
 * they appear the first time something needs them.
 */
final class ConfigWorld {
    static final String LA = "E07000223";
    static final String PASSWORD = "a long enough password";
    static final Instant WHEN = Instant.parse("2026-03-01T10:00:00Z");

    private ConfigWorld() {
    }

    static Staff seed(Store store) {
        Sources sources = new Sources(store);
        store.write(c -> {
            long source = sources.ensureRegisterSource(c, LA, "Adur");
            long dataset;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset (source_id, kind, layout, file_name, file_sha256, status, "
                    + "rows_read, rows_loaded, loaded_by) VALUES (?, 'register', 'xpress14', 'adur-2026.csv', ?, 'loaded', 6, 6, 'test') RETURNING id")) {
                ps.setLong(1, source);
                ps.setString(2, "0".repeat(64));
                try (var r = ps.executeQuery()) {
                    r.next();
                    dataset = r.getLong(1);
                }
            }
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
            String[] districts = {"AA", "AA", "AA", "AA", "AB", "AB"};
            for (int i = 0; i < districts.length; i++) {
                long id = i + 1;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, first_dataset_id) VALUES (?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, dataset);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO elector (id, edition_id, person_id, polling_district, elector_number, "
                        + "eno_prefix, eno_number, eno_suffix, anonymous, opted_out, other_elector, forenames, surname, address1, postcode, "
                        + "line_no, dataset_id) VALUES (?, ?, ?, ?, ?, ?, ?, 0, FALSE, FALSE, FALSE, ?, ?, ?, 'BN43 6AA', ?, ?)")) {
                    ps.setLong(1, id);
                    ps.setLong(2, edition);
                    ps.setLong(3, id);
                    ps.setString(4, districts[i]);
                    ps.setString(5, districts[i] + "-" + id);
                    ps.setString(6, districts[i]);
                    ps.setInt(7, (int) id);
                    ps.setString(8, "Forename" + id);
                    ps.setString(9, "Surname" + id);
                    ps.setString(10, id + " Mill Lane");
                    ps.setLong(11, id + 1);
                    ps.setLong(12, dataset);
                    ps.executeUpdate();
                }
            }
            return null;
        });
        new PersonFlags(store).set("dpo", 4, PersonFlag.RESTRICTED, "accuracy contested", "R-1");
        sources.declareSupplier("dpo", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED,
                "Own collection", WHEN));
        sources.declareSource("dpo", new SourceDeclaration("web-signup", SourceKind.DIRECT, "Web sign-ups", "party", "Web form", "consent",
                null, "UK GDPR Art 6(1)(a); PECR reg 22", List.of("email"), "Until consent is withdrawn", null,
                new Wording(WordingKind.CONSENT, "Yes, email me news of the campaign.", WHEN)));
        Staff staff = new Staff(store, 4, Clock.systemUTC());
        staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD.toCharArray());
        staff.addUser("dana", "Dana Scully", Role.DATA_MANAGER, PASSWORD.toCharArray());
        staff.addUser("olly", "Olly Green", Role.ORGANISER, PASSWORD.toCharArray());
        staff.addUser("aud", "Audrey Hill", Role.AUDITOR, PASSWORD.toCharArray());
        return staff;
    }
}
