package org.hustings.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory stays bounded whatever the size: 2,000,000 electors with every output, through the
 * real writers, in a forked JVM limited to a heap far smaller than the electors would take.
 * The same run keeping the entries (as a non-streaming generator would) must run out of memory,
 * which shows the limit is tight enough to catch retention.
 */
class StreamingTest {
    private static final String HEAP = "-Xmx40m";

    @Test
    void twoMillionElectorsInFortyMegabytes() throws Exception {
        Run r = fork("2000000");
        assertThat(r.exit).as(r.output).isZero();
        assertThat(r.output).contains("first=2000000 ").contains("kept=0");
    }

    @Test
    void keepingTheEntriesInstead_runsOutOfMemory() throws Exception {
        Run r = fork("2000000", "retain");
        assertThat(r.exit).as(r.output).isNotZero();
        assertThat(r.output).contains("OutOfMemoryError");
    }

    private record Run(int exit, String output) {
    }

    private static Run fork(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java, HEAP, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), StreamingProbe.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the probe did not finish in 5 minutes");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
