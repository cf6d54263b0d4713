package org.hustings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hustings.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hustings user add|list} end to end on an embedded store. */
class UserCommandTest {
    @TempDir
    Path dir;

    @Test
    void addsAUserFromStdinAndListsIt() {
        String db = dir.resolve("h.duckdb").toString();
        Result added = run("a long enough password\n", "user", "add", "--db", db, "--username", "Asha", "--role", "data-manager",
                "--display-name", "Asha Patel", "--password-stdin");
        assertThat(added.code).isZero();
        assertThat(added.out).contains("Added asha (Asha Patel) as data-manager.");

        Result list = run("", "user", "list", "--db", db);
        assertThat(list.out).containsPattern("asha\\s+data-manager\\s+Asha Patel");

        Result badRole = run("a long enough password\n", "user", "add", "--db", db, "--username", "bob", "--role", "admin",
                "--display-name", "Bob", "--password-stdin");
        assertThat(badRole.code).isEqualTo(ErrorCode.BAD_REQUEST.exitCode());
        assertThat(badRole.err).contains("The role 'admin' is not known");

        Result duplicate = run("another long password\n", "user", "add", "--db", db, "--username", "ASHA", "--role", "dpo",
                "--display-name", "Asha again", "--password-stdin");
        assertThat(duplicate.code).isEqualTo(ErrorCode.CONFLICT.exitCode());
        assertThat(Files.exists(dir.resolve("h.duckdb"))).isTrue();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
    }
}
