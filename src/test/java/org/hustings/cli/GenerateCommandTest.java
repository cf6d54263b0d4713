package org.hustings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hustings.synth.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheFolderAndItsManifest() throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            exit = Main.run("generate", "--electors", "3000", "--seed", "5", "--districts", "2", "--layout", "idox",
                    "--notices", "1", "--next-edition", "--election", "UK Parliamentary general election", "--held", "2024-07-04",
                    "--authority", "E07000224", "--authority-name", "Arun", "--out", tmp.toString());
        } finally {
            System.setOut(saved);
        }
        assertThat(exit).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        Manifest m = Manifest.read(tmp.resolve("manifest.json"));
        assertThat(m.authorityName()).isEqualTo("Arun");
        assertThat(m.edition()).isEqualTo("2023-12-01");
        assertThat(m.files("register")).hasSize(2).allSatisfy(f -> assertThat(f.layout()).isEqualTo("idox"));
        assertThat(m.files("notice")).singleElement().satisfies(f -> assertThat(f.layout()).isEqualTo("idox-notice"));
        assertThat(Files.exists(tmp.resolve("truth-rollover.csv"))).isTrue();
        assertThat(m.command()).contains("--electors 3000", "--seed 5", "--layout idox", "--next-edition");
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("register-2023-12-01.csv").contains("3,000");
    }

    @Test
    void aBadLayoutIsRefusedInPlainWords() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute("generate", "--layout", "csv", "--out", tmp.toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("There is no register layout 'csv'").contains("xpress, xpress-name, idox")
                .doesNotContain("at org.");
    }

    @Test
    void electionWithoutPollingDayIsRefused() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("generate", "--election", "Local", "--out", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--election and --held go together");
    }
}
