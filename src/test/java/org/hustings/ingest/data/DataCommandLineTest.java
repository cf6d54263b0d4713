package org.hustings.ingest.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.hustings.cli.Main;
import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hustings import data|pending|attach} end to end on an embedded store. */
class DataCommandLineTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) { }

    private Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--db";
        all[args.length + 1] = dir.resolve("h.duckdb").toString();
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void importsShowsPendingAndAttaches() {
        try (Store s = Store.open(StoreLocation.embedded(dir.resolve("h.duckdb")))) {
            World.register(s);
        }
        String examples = World.EXAMPLES.toString();
        Run canvass = run("import", "data", "--mapping", examples + "/canvass.mapping.json", "--authority", "E07000223", "--as", "organiser",
                examples + "/canvass-returns.csv");
        assertThat(canvass.code()).as(canvass.err()).isZero();
        assertThat(canvass.out()).contains("5 rows read, 5 loaded", "Attached 3 by elector number and 1 by name and address; 1 pending");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("as dataset (\\d+)").matcher(canvass.out());
        assertThat(m.find()).isTrue();
        String ds = m.group(1);
        Run again = run("import", "data", "--mapping", examples + "/canvass.mapping.json", "--authority", "E07000223",
                examples + "/canvass-returns.csv");
        assertThat(again.out()).contains("Nothing changed");

        Run noAuthority = run("import", "data", "--mapping", examples + "/canvass.mapping.json", examples + "/broker-lifestyle.csv");
        assertThat(noAuthority.code()).isEqualTo(2);
        assertThat(noAuthority.err()).contains("--authority");

        Run pending = run("import", "pending");
        assertThat(pending.out()).contains("data.canvass", "canvass-returns.csv");
        Run rows = run("import", "pending", ds);
        assertThat(rows.out()).contains("line 6", "no-match", "AA1-99 Zed Zulu");

        long zed = 1;
        Run attach = run("import", "attach", ds, "6", String.valueOf(zed), "--probability", "0.9", "--as", "reviewer");
        assertThat(attach.code()).as(attach.err()).isZero();
        assertThat(attach.out()).contains("Attached line 6 of dataset " + ds + " to person 1: 3 values", "No review pairs for this row were waiting.");
        assertThat(run("import", "pending", ds).out()).doesNotContain("line 6");
        Run twice = run("import", "attach", ds, "6", "2");
        assertThat(twice.code()).isEqualTo(6);
        assertThat(twice.err()).contains("already attached to person 1");
    }
}
