package org.hustings.rights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.purpose.Purposes;
import org.hustings.register.MatchKey;
import org.hustings.store.Store;

/**
 * A small world for rights tests: a register edition of one local authority, a web sign-up source
 * (direct, consent) with email and phone, and a broker source (commercial) with estimated income
 * and an estimated ethnicity that may never be released. People are added one by one.
 */
final class World {
    static final String LA = "E07000223";
    final Store store;
    final Sources sources;
    final long registerDataset;
    final long edition;
    final long signups;
    final long broker;

    World(Store store) {
        this.store = store;
        new Purposes(store).seedDefaults("test");
        sources = new Sources(store);
        long[] ids = store.write(c -> {
            long source = sources.ensureRegisterSource(c, LA, "Adur");
            long dataset = dataset(c, source);
            long ed;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO register_edition (la_code, published_on, dataset_id, status) "
                    + "VALUES (?, ?, ?, 'current') RETURNING id")) {
                ps.setString(1, LA);
                ps.setObject(2, LocalDate.of(2026, 12, 1));
                ps.setLong(3, dataset);
                try (var r = ps.executeQuery()) {
                    r.next();
                    ed = r.getLong(1);
                }
            }
            return new long[] {dataset, ed};
        });
        registerDataset = ids[0];
        edition = ids[1];
        sources.declareSupplier("test", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED,
                "Our own website", Instant.now()));
        sources.declareSupplier("test", new SupplierDeclaration("acme", "Acme Data Ltd", SupplierRole.BROKER, DueDiligence.PASSED,
                "Contract and audit of collection notices, 2026", Instant.now()));
        sources.declareSource("test", new SourceDeclaration("web-signup", SourceKind.DIRECT, "Web sign-ups", "party",
                "Sign-up form on the party website", "consent", null, "UK GDPR Art 6(1)(a); PECR reg 22", List.of("email", "sms"),
                "Until consent is withdrawn", null, new Wording(WordingKind.CONSENT, "Yes, email me campaign news.", Instant.now())));
        sources.declareSource("test", new SourceDeclaration("acme-lifestyle", SourceKind.COMMERCIAL, "Acme lifestyle file", "acme",
                "Bought from Acme Data Ltd, who collected it through lifestyle surveys", "legitimate_interests", null,
                "UK GDPR Art 6(1)(f)", List.of("modelling"), "Deleted 12 months after delivery", 12, null));
        signups = store.write(c -> sources.declareDataset(c, "test", new DatasetDeclaration("web-signup", "signups", "web-v1",
                "signups.csv", "a".repeat(64), List.of(new FieldDeclaration("email", "contact.email", Nature.FACTUAL),
                        new FieldDeclaration("phone", "contact.phone", Nature.FACTUAL))))).datasetId();
        broker = store.write(c -> sources.declareDataset(c, "test", new DatasetDeclaration("acme-lifestyle", "broker", "acme-v1",
                "acme.csv", "b".repeat(64), List.of(new FieldDeclaration("income", "financial.estimated_income", Nature.ESTIMATED),
                        new FieldDeclaration("ethnicity_guess", "ethnicity.estimated", Nature.ESTIMATED))))).datasetId();
    }

    private static long dataset(Connection c, long sourceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO dataset (source_id, kind, file_name, file_sha256, status, loaded_by) "
                + "VALUES (?, 'register', 'adur-2026.csv', ?, 'loaded', 'test') RETURNING id")) {
            ps.setLong(1, sourceId);
            ps.setString(2, "0".repeat(64));
            try (var r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** A person on the register at {@code postcode}, born on {@code birth} (may be null). */
    void elector(long personId, String forenames, String surname, String postcode, LocalDate birth) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, first_dataset_id) VALUES (?, ?)")) {
                ps.setLong(1, personId);
                ps.setLong(2, registerDataset);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO elector (id, edition_id, person_id, polling_district, elector_number, "
                    + "eno_prefix, eno_number, eno_suffix, anonymous, opted_out, other_elector, forenames, surname, address1, postcode, "
                    + "birth_date, line_no, dataset_id, match_key) VALUES (?, ?, ?, 'AA', ?, 'AA', ?, 0, FALSE, FALSE, FALSE, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, personId);
                ps.setLong(2, edition);
                ps.setLong(3, personId);
                ps.setString(4, "AA-" + personId);
                ps.setInt(5, (int) personId);
                ps.setString(6, forenames);
                ps.setString(7, surname);
                ps.setString(8, personId + " High Street");
                ps.setString(9, postcode);
                ps.setObject(10, birth == null ? null : java.sql.Date.valueOf(birth));
                ps.setLong(11, personId);
                ps.setLong(12, registerDataset);
                // As the importer keys every named entry (register.MatchKey): the rights search finds names by it.
                ps.setString(13, MatchKey.normalise(surname) + "|" + MatchKey.normalise(forenames) + "|" + MatchKey.normalise(personId + " High Street")
                        + " |" + (postcode == null ? "" : postcode.replace(" ", "")));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A value of a declared field in a dataset, linked to {@code personId} (null: unlinked). */
    void value(long dataset, long line, String field, String value, Long personId) {
        store.write(c -> {
            try (var load = sources.attributes(c, dataset)) {
                load.value(line, field, value, personId, personId == null ? null : 1.0);
                load.finish();
            }
            return null;
        });
    }
}
