package org.hustings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link commands end to end: corrupt makes a list with truth, evaluate measures the linker on it. */
class LinkCommandTest {
    @TempDir
    Path dir;

    @Test
    void corruptThenEvaluateFromTheCommandLine() throws Exception {
        Path spine = dir.resolve("spine.csv");
        Path list = dir.resolve("list.csv");
        String out = capture(() -> Main.run("link", "corrupt", "--synthesise", "800", "--register-out", spine.toString(),
                "--rows", "300", "--out", list.toString()));
        assertThat(out).contains("Wrote 300 rows");
        assertThat(Files.readAllLines(list).get(0)).isEqualTo("id,given_name,surname,dob,house_number,street,town,postcode,true_id");

        // the list's truth column names register ids: build a cluster column on both sides
        Path registerWithCluster = dir.resolve("spine2.csv");
        var lines = Files.readAllLines(spine);
        StringBuilder b = new StringBuilder(lines.get(0)).append(",true_id\n");
        for (String line : lines.subList(1, lines.size())) {
            b.append(line).append(',').append(line, 0, line.indexOf(',')).append('\n');
        }
        Files.writeString(registerWithCluster, b);
        String report = capture(() -> Main.run("link", "evaluate", list.toString(), registerWithCluster.toString(), "--id-column", "id",
                "--truth-cluster-column", "true_id", "--field", "given_name=given_name", "--field", "surname=surname",
                "--field", "dob=dob", "--field", "house_number=house_number", "--field", "street=address", "--field", "town=town",
                "--field", "postcode=postcode", "--threads", "2"));
        assertThat(report).contains("Mode: link, 300 x 800 records", "Candidate pairs:", "Linker (one-to-one links): precision",
                "Plain rule (exact given_name + surname + dob + postcode)");
    }

    @Test
    void runThenReviewAgainstAStore() throws Exception {
        Path db = dir.resolve("h.duckdb");
        var pools = org.hustings.link.synth.Population.pools(5);
        var people = pools.people(300, 6);
        try (var store = org.hustings.store.Store.open(org.hustings.store.StoreLocation.embedded(db))) {
            org.hustings.link.store.SpineSeed.insert(store, people);
        }
        var list = org.hustings.link.synth.CorruptedList.from(pools, people, 80, org.hustings.link.synth.Corruption.TYPICAL, 7);
        StringBuilder csv = new StringBuilder("ref,first,last,born,house,road,town,pc\n");
        for (var row : list.rows()) {
            csv.append(row.id());
            for (String v : row.values()) {
                csv.append(',').append(v == null ? "" : '"' + v + '"');
            }
            csv.append('\n');
        }
        Path file = Files.writeString(dir.resolve("canvass.csv"), csv);
        String run = capture(() -> Main.run("link", "run", file.toString(), "--db", db.toString(), "--id-column", "ref",
                "--field", "first=given_name", "--field", "last=surname", "--field", "born=dob", "--field", "house=house_number",
                "--field", "road=address", "--field", "town=town", "--field", "pc=postcode", "--link-threshold", "0.9999",
                "--review-threshold", "0.05", "--by", "tester"));
        assertThat(run).contains("Run 1:", "linked", "for review", "Review them with: hustings link review list --run 1");
        long waiting = Long.parseLong(run.replaceAll("(?s).*linked, ([0-9,]+) for review.*", "$1").replace(",", ""));
        assertThat(waiting).isPositive();
        // Run again: the pairs still waiting are not queued a second time (docs/adr/0135).
        String rerun = capture(() -> Main.run("link", "run", file.toString(), "--db", db.toString(), "--id-column", "ref",
                "--field", "first=given_name", "--field", "last=surname", "--field", "born=dob", "--field", "house=house_number",
                "--field", "road=address", "--field", "town=town", "--field", "pc=postcode", "--link-threshold", "0.9999",
                "--review-threshold", "0.05", "--by", "tester"));
        assertThat(rerun).contains("Run 2:", " 0 for review", String.format("%,d already waiting for review from an earlier run of %s", waiting, file),
                "Pairs already waiting stay in their earlier runs: hustings link review list").doesNotContain("--run 2");
        String queue = capture(() -> Main.run("link", "review", "list", "--db", db.toString(), "--limit", "1"));
        assertThat(queue).contains(String.format("%,d pairs wait for review", waiting));
        assertThat(queue).contains("pairs wait for review", "list", "register", "evidence: prior");
        long id = Long.parseLong(queue.replaceAll("(?s).*Link (\\d+) \\(run 1\\).*", "$1"));
        assertThat(capture(() -> Main.run("link", "review", "accept", String.valueOf(id), "--db", db.toString(), "--by", "tester")))
                .contains("Accepted link " + id).doesNotContain("attached");

        // A loaded file's waiting row: accepting attaches its values and says how many, to whom (docs/adr/0133).
        long[] pending = new long[2];
        try (var store = org.hustings.store.Store.open(org.hustings.store.StoreLocation.embedded(db))) {
            pending[0] = org.hustings.link.store.PendingSeed.reviewPair(store, 77, 5, 1000, 1, 0.93);
            pending[1] = org.hustings.link.store.PendingSeed.reviewPair(store, 77, 6, 1001, 2, 0.91);
        }
        assertThat(capture(() -> Main.run("link", "review", "accept", String.valueOf(pending[0]), "--db", db.toString(), "--by", "tester")))
                .contains("Accepted link " + pending[0], "2 values from line 5 of dataset 77 attached to person 1000",
                        "probability 1.0", "the model said 0.9300");
        assertThat(capture(() -> Main.run("link", "review", "reject", String.valueOf(pending[1]), "--db", db.toString(), "--by", "tester")))
                .contains("Rejected link " + pending[1], "Line 6 of dataset 77 still waits for a match.");

        // Attached by hand instead: the row is decided, so its pairs still waiting close, and the command says how many (docs/adr/0135).
        long[] rowSeven = new long[2];
        try (var store = org.hustings.store.Store.open(org.hustings.store.StoreLocation.embedded(db))) {
            rowSeven[0] = org.hustings.link.store.PendingSeed.reviewPair(store, 77, 7, 1002, 3, 0.92);
            rowSeven[1] = org.hustings.link.store.PendingSeed.otherCandidate(store, 77, 7, 1003, 4, 0.90);
        }
        assertThat(capture(() -> Main.run("import", "attach", "77", "7", "1003", "--db", db.toString(), "--as", "tester")))
                .contains("Attached line 7 of dataset 77 to person 1003: 2 values.",
                        "2 review pairs for this row were waiting; they are now closed (superseded).");
        assertThat(capture(() -> Main.run("link", "review", "list", "--db", db.toString(), "--limit", "500")))
                .doesNotContain("Link " + rowSeven[0] + " ", "Link " + rowSeven[1] + " ");
        assertThat(capture(() -> Main.run("import", "attach", "77", "6", "1001", "--db", db.toString(), "--as", "tester")))
                .contains("Attached line 6 of dataset 77 to person 1001: 2 values.", "No review pairs for this row were waiting.");
    }

    @Test
    void anUnknownKindIsAPlainError() throws Exception {
        Path f = Files.writeString(dir.resolve("a.csv"), "id,x\n1,a\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        var cl = Main.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cl.execute("link", "evaluate", f.toString(), "--id-column", "id", "--truth-cluster-column", "x", "--field", "x=shoe");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown field kind 'shoe'. Valid kinds:").doesNotContain("Exception");
    }

    private static String capture(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
