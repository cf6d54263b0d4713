package org.hustings.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The gate bench on 2,000 electors per store: the gate releases values for every person the plain SELECT returns. Never asserts times. */
class GateBenchTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theGatedReadReleasesEveryPersonThePlainSelectReturns(StoreKind kind) throws Exception {
        Path dir = Files.createTempDirectory("gate-bench-test");
        try (TestStores.TestStore t = TestStores.open(kind)) {
            GateBench.Figures f = GateBench.measure(t.store(), 2_000, dir.resolve("register"), new PrintStream(OutputStream.nullOutputStream()));
            assertTrue(f.columns() >= 10, "register columns released for canvassing: " + f.columns());
            assertTrue(f.plainRows() >= 2_000, "plain rows: " + f.plainRows());
            assertEquals(f.plainPeople(), f.gatePeople(), "people: plain SELECT vs gate");
            assertEquals(f.plainValues(), f.gateValues(), "values: plain SELECT vs gate");
            assertTrue(GateBench.table(java.util.List.of(f)).contains(kind.name().toLowerCase(java.util.Locale.ROOT)));
            assertTrue(GateBench.markdown(java.util.List.of(f), "hustings bench gate --electors 2000").contains("| " + kind.name().toLowerCase(java.util.Locale.ROOT) + " |"));
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
