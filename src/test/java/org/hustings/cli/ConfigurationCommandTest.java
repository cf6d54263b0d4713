package org.hustings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code hustings source|purpose} edits on the embedded store, from an empty store with nothing
 * seeded by hand: a source declared from a file, its wording, purposes and retention changed and
 * shown; an activity edited within the law; a DPIA signed off. Each change is in the ledger.
 */
class ConfigurationCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out) { }

    /** A command that reads. */
    private Run run(String... args) {
        return execute(args, "--db", dir.resolve("h.duckdb").toString());
    }

    /** A command that changes something, as the data manager "dm". */
    private Run change(String... args) {
        return execute(args, "--db", dir.resolve("h.duckdb").toString(), "--actor", "dm");
    }

    private static Run execute(String[] args, String... more) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return new Run(cl.execute(all), out.toString());
    }

    @Test
    void aSourceIsDeclaredFromAFileAndChanged() throws Exception {
        Path file = dir.resolve("door.json");
        Files.writeString(file, """
                {"supplier": {"code": "canvassers", "organisation": "Party volunteers", "role": "controller", "dueDiligence": "passed",
                              "evidence": "Trained; briefing 2026-01", "checkedAt": "2026-01-10"},
                 "source": {"code": "door", "kind": "direct", "name": "Doorstep returns", "supplier": "canvassers",
                            "collectionMethod": "At the door", "article6": "legitimate_interests", "article9": "political_party",
                            "legalReference": "UK GDPR Art 6(1)(f); DPA 2018 Sch 1 para 22", "purposes": ["canvassing"],
                            "retention": "One cycle", "wording": {"kind": "notice", "text": "We note how you may vote."}}}
                """);
        Run declared = change("source", "declare-file", file.toString());
        assertThat(declared.exit()).as(declared.out()).isZero();

        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"source\": {\"code\": \"bought\", \"kind\": \"commercial\", \"article6\": \"public_task\"}}");
        Run refused = change("source", "declare-file", bad.toString());
        assertThat(refused.exit()).isEqualTo(5);
        assertThat(refused.out()).contains("public task", "supplier is missing");

        assertThat(change("source", "wording", "door", "--kind", "notice", "--text", "We note how you may vote, to plan our campaign.").out())
                .contains("version 2");
        assertThat(change("source", "purposes", "door", "canvassing", "get_out_the_vote").out()).contains("canvassing, get_out_the_vote");
        assertThat(change("source", "purposes", "door", "flying").exit()).isEqualTo(2);
        assertThat(change("source", "withdraw", "door", "get_out_the_vote").out()).contains("door no longer permits get_out_the_vote.");
        assertThat(change("source", "permit", "door", "get_out_the_vote").out()).contains("door now permits get_out_the_vote");
        assertThat(change("source", "retention", "door", "--retention", "Two years", "--months", "24").exit()).isZero();
        Run show = run("source", "show", "door");
        assertThat(show.out()).contains("Retention: Two years (24 months)", "Wording v2", "Wording v1", "evidence: Trained",
                "Purposes: [canvassing, get_out_the_vote]", "Datasets: 0");
        assertThat(run("source", "suppliers").out()).contains("canvassers", "passed");

        try (Store s = Store.open(StoreLocation.embedded(dir.resolve("h.duckdb")))) {
            assertThat(new Ledger(s).latest(20)).extracting(RecordedEntry::action)
                    .contains("purpose.seed", "supplier.declare", "source.declare", "source.wording", "source.purposes", "source.retention");
        }
    }

    @Test
    void anActivityIsEditedWithinTheLawAndItsDpiaSignedOff() {
        Run publicTask = change("purpose", "edit", "casework", "--basis", "public_task");
        assertThat(publicTask.exit()).isEqualTo(5);
        assertThat(publicTask.out()).contains("public task", "Art 6(3)");
        Run edited = change("purpose", "edit", "modelling", "--retention", "One cycle", "--recipient", "data team", "--dpia-required", "yes");
        assertThat(edited.exit()).as(edited.out()).isZero();
        assertThat(run("purpose", "show", "modelling").out()).contains("Retention: One cycle", "Recipients: [data team]", "DPIA required: yes");

        assertThat(change("purpose", "dpia-draft", "modelling", "--summary", "Scores explained; objections honoured.").out()).contains("DPIA 1 drafted");
        Run unsigned = change("purpose", "dpia-decide", "1", "--approve");
        assertThat(unsigned.exit()).isEqualTo(2);
        assertThat(unsigned.out()).contains("say who signed the assessment off", "reference of the assessment document");
        Run approved = change("purpose", "dpia-decide", "1", "--approve", "--signed-off-by", "Jane Smith", "--signed-off-on", "2025-03-02",
                "--reference", "DPIA-7");
        assertThat(approved.out()).contains("approved");
        assertThat(run("purpose", "show", "modelling").out()).contains("signed off by Jane Smith on 2025-03-02, ref DPIA-7");
        assertThat(run("purpose", "list").out()).contains("modelling", "DPIA approved");
    }
}
