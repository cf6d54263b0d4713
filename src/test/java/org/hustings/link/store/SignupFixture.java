package org.hustings.link.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Importer;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.data.DataImporter;
import org.hustings.ingest.data.DataLoad;
import org.hustings.ingest.data.DataMapping;
import org.hustings.purpose.Purposes;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;
import org.hustings.store.Store;

/**
 * The setup of the review-band tests of a dataset's pending rows, on either store: seven electors
 * on one street in Adur, loaded through the real importer; web sign-ups of "Carla Cole" (for Cara
 * Cole, AA1-3) and "Devv Desai" (for Dev Desai, AA1-4) with provable email consents, which no exact
 * key attaches, so both wait; and review-band pairs queued as a pending-row run would queue them.
 */
final class SignupFixture {
    static final String LA = "E07000223";
    private static final String HEADER = "Email,First name,Last name,Address,Postcode,Signed up,Consent version,Email consent\n";

    private SignupFixture() {
    }

    /** Seven electors on one street in Adur, and the default purposes. */
    static void register(Store store, Path dir) throws IOException {
        new Purposes(store).seedDefaults("test");
        List<RegisterEntry> entries = List.of(entry(2, "AA1-1", "Ann", "Abbott", "1 High Street"), entry(3, "AA1-2", "Bill", "Baker", "2 High Street"),
                entry(4, "AA1-3", "Cara", "Cole", "3 High Street"), entry(5, "AA1-4", "Dev", "Desai", "4 High Street"),
                entry(6, "AA1-5", "Eve", "Evans", "5 High Street"), entry(7, "AA1-6", "Fay", "Ford", "6 High Street"),
                entry(8, "AA1-7", "Gus", "Grant", "7 High Street"));
        RecordReader<RegisterEntry> reader = (file, sink, problems) -> {
            entries.forEach(sink);
            return new ReadSummary("test", entries.size(), entries.size(), 0);
        };
        Path file = dir.resolve("register.csv");
        Files.writeString(file, "a register");
        ImportOutcome out = new Importer(store).register(SourceFile.inspect(file), reader, new Importer.Request(LA, "Adur", "tester", null, null),
                LocalDate.of(2026, 12, 1));
        assertThat(out).isInstanceOf(ImportOutcome.Loaded.class);
    }

    private static RegisterEntry entry(long line, String number, String forenames, String surname, String street) {
        ElectorNumber n = ElectorNumber.parseCombined(number).orElseThrow();
        return new RegisterEntry(line, n.prefix(), n, Markers.NONE, null, null, null, forenames, null, surname, null,
                List.of(street, "Shoreham-by-Sea"), "BN43 5AA", false, null);
    }

    /** Web sign-ups of "Carla Cole" and "Devv Desai", each with a provable email consent: no exact key fits, so both wait. */
    static long signups(Store store, Path dir, String name, String carlaEmail, String devvEmail) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, HEADER
                + carlaEmail + ",Carla,Cole,\"3 High Street, Shoreham-by-Sea\",BN43 5AA,2026-02-03T20:15:00Z,1,yes\n"
                + devvEmail + ",Devv,Desai,\"4 High Street, Shoreham-by-Sea\",BN43 5AA,2026-02-04T09:30:00Z,1,yes\n");
        DataLoad load = new DataImporter(store).load(SourceFile.inspect(file), DataMapping.read(Path.of("docs/examples/data/signup.mapping.json")),
                new DataImporter.Request(LA, "tester", null));
        assertThat(load.attachment().pending()).as(load.outcome().describe()).isEqualTo(2);
        return load.outcome().datasetId();
    }

    /** The person of an elector number. */
    static long person(Store store, String elector) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id FROM elector WHERE elector_number = ?")) {
                ps.setString(1, elector);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /**
     * One run over the dataset named {@code listName} queueing review-band pairs {line, person}
     * (probability 0.72); returns the link ids. The pair key is made from the line and the person,
     * so the same row with the same person has the same key in every run, as real runs give it.
     */
    static long[] reviewBand(Store store, String listName, long dataset, long[]... pairs) {
        return store.write(c -> {
            long run;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_run (list_name, dataset_id, model_sha256, model_json, "
                    + "link_threshold, review_threshold, list_rows, spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) "
                    + "VALUES (?, ?, ?, '{}', 0.9, 0.5, 2, 7, 14, 0, ?, 0, 'tester') RETURNING id")) {
                ps.setString(1, listName);
                ps.setLong(2, dataset);
                ps.setString(3, "c".repeat(64));
                ps.setLong(4, pairs.length);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    run = r.getLong(1);
                }
            }
            long[] ids = new long[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO link (run_id, dataset_id, row_key, person_id, elector_id, probability, "
                        + "weight, explanation, pair_key, status) VALUES (?, ?, ?, ?, ?, 0.72, 1.4, '{}', ?, 'review') RETURNING id")) {
                    ps.setLong(1, run);
                    ps.setLong(2, dataset);
                    ps.setString(3, Long.toString(pairs[i][0]));
                    ps.setLong(4, pairs[i][1]);
                    ps.setLong(5, pairs[i][1]);
                    ps.setString(6, String.format("%064d", pairs[i][0] * 1_000_000 + pairs[i][1]));
                    try (ResultSet r = ps.executeQuery()) {
                        r.next();
                        ids[i] = r.getLong(1);
                    }
                }
            }
            return ids;
        });
    }

    static long count(Store store, String sql, Object... params) {
        return store.read(c -> {
            try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    static List<Double> doubles(Store store, String sql, Object... params) {
        return store.read(c -> {
            List<Double> out = new ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getDouble(1));
                }
            }
            return out;
        });
    }

    static List<String> strings(Store store, String sql, Object... params) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... params) throws java.sql.SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
