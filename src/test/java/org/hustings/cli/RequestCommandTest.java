package org.hustings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.hustings.provenance.Sources;
import org.hustings.purpose.Purposes;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hustings request}: a request from intake to the reply files and an erasure dry run, on the embedded store. */
class RequestCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out) { }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int exit = cl.execute(args);
        return new Run(exit, out.toString());
    }

    private String db() {
        return dir.resolve("h.duckdb").toString();
    }

    private void seed() {
        try (Store s = Store.open(StoreLocation.embedded(Path.of(db())))) {
            new Purposes(s).seedDefaults("test");
            s.write(c -> {
                long source = new Sources(s).ensureRegisterSource(c, "E07000223", "Adur");
                c.createStatement().execute("INSERT INTO dataset (id, source_id, kind, file_name, file_sha256, status, loaded_by) VALUES (900, "
                        + source + ", 'register', 'r.csv', '" + "0".repeat(64) + "', 'loaded', 't')");
                c.createStatement().execute("INSERT INTO register_edition (id, la_code, published_on, dataset_id, status) "
                        + "VALUES (900, 'E07000223', DATE '2024-12-01', 900, 'current')");
                c.createStatement().execute("INSERT INTO person (id, first_dataset_id) VALUES (7, 900)");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO elector (id, edition_id, person_id, polling_district, elector_number, "
                        + "eno_prefix, eno_number, eno_suffix, anonymous, opted_out, other_elector, forenames, surname, address1, postcode, "
                        + "line_no, dataset_id, match_key) VALUES (7, 900, 7, 'AA', 'AA-7', 'AA', 7, 0, FALSE, FALSE, FALSE, 'Grace', 'Hopper', "
                        + "'7 Mill Lane', 'BN43 6AA', 2, 900, 'HOPPER|GRACE|7 MILL LANE |BN436AA')")) {
                    ps.executeUpdate();
                }
                return null;
            });
        }
    }

    @Test
    void requestFromIntakeToReplyFiles() throws Exception {
        seed();
        Run intake = run("request", "new", "--kind", "access", "--name", "Grace Hopper", "--received", "2024-11-25", "--db", db(), "--actor", "dpo");
        assertThat(intake.exit()).as(intake.out()).isZero();
        assertThat(intake.out()).contains("R-1", "waiting for evidence");
        assertThat(run("request", "list", "--db", db()).out()).contains("R-1", "waiting for identity");

        Run verify = run("request", "verify", "R-1", "--method", "document", "--evidence", "Driving licence seen", "--received", "2024-11-25",
                "--db", db(), "--actor", "dpo");
        assertThat(verify.out()).contains("due 2024-12-27", "Art 12(3)");

        Run find = run("request", "find", "--name", "grace hopper", "--postcode", "bn436aa", "--db", db());
        assertThat(find.out()).contains("person 7", "Grace Hopper", "matched: name, postcode");
        assertThat(run("request", "match", "R-1", "7", "--db", db(), "--actor", "dpo").exit()).isZero();

        Path html = dir.resolve("r.html");
        Path pdf = dir.resolve("r.pdf");
        Path json = dir.resolve("r.json");
        Run reply = run("request", "reply", "R-1", "--html", html.toString(), "--pdf", pdf.toString(), "--json", json.toString(),
                "--send", "--db", db(), "--actor", "dpo");
        assertThat(reply.exit()).as(reply.out()).isZero();
        assertThat(reply.out()).contains("recorded as sent and closed");
        assertThat(Files.readString(html)).contains("Hopper", "Art 15(1)(g)");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(Files.readString(json)).contains("\"value\" : \"Hopper\"");
        assertThat(run("request", "show", "1", "--db", db()).out()).contains("completed", "Access reply sent");
    }

    @Test
    void erasureShowsADryRunFirstAndBadInputIsPlain() {
        seed();
        run("request", "new", "--kind", "erasure", "--name", "Grace Hopper", "--received", "2024-11-25", "--identity", "no_doubt",
                "--evidence", "known", "--db", db());
        Run unmatched = run("request", "erase", "R-1", "--db", db());
        assertThat(unmatched.exit()).isEqualTo(6);
        assertThat(unmatched.out()).contains("not matched");
        run("request", "match", "R-1", "7", "--db", db());
        Run dry = run("request", "erase", "R-1", "--db", db());
        assertThat(dry.out()).contains("Dry run", "elector", "keep", "--confirm");
        assertThat(run("request", "show", "R-1", "--db", db()).out()).contains("open");
        Run done = run("request", "erase", "R-1", "--confirm", "--db", db());
        assertThat(done.out()).contains("Erased person 7");

        Run bad = run("request", "new", "--kind", "forget-me", "--name", "X", "--received", "2024-11-25", "--db", db());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.out()).contains("'forget-me' is not a kind of request").doesNotContain("Exception");
    }

    @Test
    void aRequestTakenInForAPersonFoundFirstIsMatchedAtOnce() {
        seed();
        Run missing = run("request", "new", "--kind", "access", "--name", "Grace Hopper", "--received", "2024-11-25", "--person", "99",
                "--db", db());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.out()).contains("no person 99").doesNotContain("Exception");
        assertThat(run("request", "list", "--db", db()).out()).doesNotContain("R-1");

        Run intake = run("request", "new", "--kind", "access", "--name", "Grace Hopper", "--received", "2024-11-25", "--person", "7",
                "--db", db(), "--actor", "dpo");
        assertThat(intake.exit()).as(intake.out()).isZero();
        assertThat(intake.out()).contains("R-1", "person: 7");
    }

    @Test
    void restrictAndObjectAreTwoCommandsAndEachRefusesTheOthersRequest() {
        seed();
        run("request", "new", "--kind", "restriction", "--name", "Grace Hopper", "--received", "2024-11-25", "--identity", "no_doubt",
                "--evidence", "known", "--db", db());
        run("request", "new", "--kind", "objection_marketing", "--name", "Grace Hopper", "--received", "2024-11-25", "--identity", "no_doubt",
                "--evidence", "known", "--db", db());
        run("request", "match", "R-1", "7", "--db", db());
        run("request", "match", "R-2", "7", "--db", db());

        Run wrong = run("request", "object", "R-1", "--db", db());
        assertThat(wrong.exit()).isNotZero();
        assertThat(wrong.out()).contains("Object is only for an objection request", "use restrict").doesNotContain("Exception");
        assertThat(run("request", "restrict", "R-2", "--db", db()).out()).contains("Restrict is only for a restriction request");

        Run restricted = run("request", "restrict", "R-1", "--db", db(), "--actor", "dpo");
        assertThat(restricted.exit()).as(restricted.out()).isZero();
        assertThat(restricted.out()).contains("Restricted", "RESTRICTED");
        Run objected = run("request", "object", "R-2", "--db", db(), "--actor", "dpo");
        assertThat(objected.exit()).as(objected.out()).isZero();
        assertThat(objected.out()).contains("Objection honoured", "OBJECTED_MARKETING");
        assertThat(run("request", "show", "R-2", "--db", db()).out()).contains("completed");
        assertThat(run("request", "restrict", "--help").out()).contains("Art 18");
        assertThat(run("request", "object", "--help").out()).contains("Art 21");

        run("request", "new", "--kind", "erasure", "--name", "Grace Hopper", "--received", "2024-11-25", "--identity", "no_doubt",
                "--evidence", "known", "--db", db());
        run("request", "match", "R-3", "7", "--db", db());
        assertThat(run("request", "erase", "R-3", "--db", db()).out()).contains("ledger_person", "(ledger entries that name this person)");
    }

    @Test
    void lettersReviewBandRowsAndTheSecretFileFromTheCommandLine() throws Exception {
        seed();
        try (Store s = Store.open(StoreLocation.embedded(Path.of(db())))) {
            s.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO dataset (id, source_id, kind, file_name, file_sha256, status, loaded_by) "
                            + "SELECT 901, source_id, 'broker', 'broker.csv', '" + "1".repeat(64) + "', 'loaded', 't' FROM dataset WHERE id = 900");
                    st.execute("INSERT INTO dataset_field (dataset_id, field, category, special_category, nature) "
                            + "VALUES (901, 'segment', 'geodemographic.segment', FALSE, 'estimated')");
                    st.execute("INSERT INTO attribute_value (dataset_id, line_no, field, value) VALUES (901, 4, 'segment', 'cat-lover')");
                    st.execute("INSERT INTO pending_row (dataset_id, line_no, reason, surname) VALUES (901, 4, 'no-match', 'Hopper')");
                    st.execute("INSERT INTO link_run (id, list_name, dataset_id, model_sha256, model_json, link_threshold, review_threshold, "
                            + "list_rows, spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) "
                            + "VALUES (1, 'dataset:901', 901, '" + "c".repeat(64) + "', '{}', 0.9, 0.5, 1, 1, 1, 0, 1, 0, 't')");
                    st.execute("INSERT INTO link (id, run_id, dataset_id, row_key, person_id, elector_id, probability, weight, explanation, "
                            + "pair_key, status) VALUES (1, 1, 901, '4', 7, 7, 0.7, 1.0, '{\"list\":{\"surname\":\"Hopper\"}}', '"
                            + "d".repeat(64) + "', 'review')");
                }
                return null;
            });
        }
        run("request", "new", "--kind", "access", "--name", "Grace Hopper", "--received", "2024-11-25", "--identity", "no_doubt",
                "--evidence", "known", "--db", db());
        run("request", "match", "R-1", "7", "--db", db());
        assertThat(run("request", "links", "R-1", "--db", db()).out()).contains("link 1", "broker.csv (dataset 901) line 4", "surname=Hopper");
        Run confirmed = run("request", "links", "R-1", "--confirm", "1", "--db", db(), "--actor", "dpo");
        assertThat(confirmed.exit()).as(confirmed.out()).isZero();
        assertThat(confirmed.out()).contains("Link 1 confirmed", "No rows wait for review");
        Path json = dir.resolve("reply.json");
        run("request", "reply", "R-1", "--json", json.toString(), "--db", db());
        assertThat(Files.readString(json)).contains("cat-lover");

        Run early = run("request", "letter", "R-1", "extension", "--db", db());
        assertThat(early.exit()).isNotZero();
        assertThat(early.out()).contains("has not been extended");
        run("request", "extend", "R-1", "--reason", "Your data is in many files.", "--told-on", "2024-12-02", "--db", db());
        Path pdf = dir.resolve("ext.pdf");
        Run letter = run("request", "letter", "R-1", "extension", "--pdf", pdf.toString(), "--send", "--db", db(), "--actor", "dpo");
        assertThat(letter.exit()).as(letter.out()).isZero();
        assertThat(letter.out()).contains("extension letter", "UK GDPR Art 12(3)", "recorded as sent");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());
        assertThat(run("request", "show", "R-1", "--db", db()).out()).contains("Extension letter sent");

        run("request", "new", "--kind", "erasure", "--name", "Grace Hopper", "--received", "2024-11-25", "--identity", "no_doubt",
                "--evidence", "known", "--db", db());
        run("request", "match", "R-2", "7", "--db", db());
        Path secret = dir.resolve("keys").resolve("suppression.secret");
        try {
            Run erased = run("request", "erase", "R-2", "--confirm", "--db", db(), "--secret-file", secret.toString());
            assertThat(erased.exit()).as(erased.out()).isZero();
            assertThat(secret).exists();
            assertThat(Path.of(db() + ".secret")).as("the default place is not used when --secret-file is given").doesNotExist();
        } finally {
            System.clearProperty(org.hustings.rights.SecretFile.PROPERTY);
        }
        run("request", "new", "--kind", "access", "--name", "Ada", "--received", "2024-11-25", "--db", db());
        run("request", "refuse", "R-3", "--ground", "manifestly_unfounded", "--reason", "Sent only to waste our time.", "--db", db());
        Path refusal = dir.resolve("refusal.json");
        assertThat(run("request", "letter", "R-3", "refusal", "--json", refusal.toString(), "--db", db()).exit()).isZero();
        assertThat(Files.readString(refusal)).contains("Article 79", "Sent only to waste our time.");
    }
}
