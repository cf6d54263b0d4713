package org.hustings.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hustings.cli.Main;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The source, purpose, consent and gate commands end to end on an embedded store. */
class GateCommandLineTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) { }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = dir.resolve("h.duckdb").toString();
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void configureAndDryRun() throws Exception {
        Files.createDirectories(dir);
        try (Store s = Store.open(StoreLocation.embedded(dir.resolve("h.duckdb")))) {
            Spine spine = new Spine(s);
            spine.elector(1, "Ada", "Lovelace", "BN43 5AA", "AA");
            spine.elector(2, "Alan", "Turing", "BN43 5AB", "AB");
        }
        assertThat(run("purpose", "seed", "--actor", "dpo").out()).contains("11 activities added");
        assertThat(run("purpose", "list").out()).contains("modelling").contains("DPIA NEEDED");
        assertThat(run("source", "add-supplier", "acme", "--organisation", "Acme Data Ltd", "--role", "broker",
                "--due-diligence", "passed", "--evidence", "Audit 2026-01").code()).isZero();
        Run publicTask = run("source", "declare", "acme-file", "--kind", "commercial", "--name", "Acme file", "--supplier", "acme",
                "--method", "Bought", "--basis", "public_task", "--reference", "none", "--purpose", "canvassing", "--retention", "A year");
        assertThat(publicTask.code()).isEqualTo(5);
        assertThat(publicTask.err()).contains("\"public task\"").contains("never for bought or collected data");
        assertThat(run("source", "list").out()).contains("register:E07000223").doesNotContain("acme-file");

        Run modelling = run("gate", "dry-run", "--purpose", "modelling");
        assertThat(modelling.code()).isEqualTo(5);
        assertThat(modelling.out()).contains("REFUSED").contains("Art 35");

        Run canvassing = run("gate", "dry-run", "--purpose", "canvassing", "--la", "E07000223", "--district", "AB");
        assertThat(canvassing.code()).isZero();
        assertThat(canvassing.out()).contains("1 in the selection, 1 would be released").contains("surname").contains("birth_date")
                .contains("[data-minimisation]");
        assertThat(run("ledger", "verify").out()).contains("intact");
    }
}
