package org.hustings.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.hustings.cli.Main;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.ledger.Ledger;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.StoreLocation;
import org.hustings.store.TestStores;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A crash in the middle of a load (kill -9 of the importing process) leaves the store exactly as
 * it was before the file, on both engines, and the same file then loads normally.
 */
class CrashDuringImportTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void killNineMidLoadLeavesTheLastCommittedState(StoreKind kind) throws Exception {
        SyntheticFiles.write(SynthSpec.of(11, 60_000, 12).withNextEdition(true), SyntheticFiles.Options.of(RegisterLayout.XPRESS),
                dir, n -> { });
        Path first = dir.resolve("register-2024-12-01.csv");
        Path second = dir.resolve("register-2025-12-01.csv");
        String app = "crash" + Long.toHexString(System.nanoTime());
        String db = kind == StoreKind.DUCKDB ? dir.resolve("crash.duckdb").toString()
                : TestStores.freshPostgresUrl() + "&ApplicationName=" + app;
        assertThat(Main.run("import", "register", "--db", db, "--authority", "E07000223", "--published", "2024-12-01",
                first.toString())).isZero();
        long before = count(db, "SELECT count(*) FROM elector");
        long ledgerBefore = count(db, "SELECT count(*) FROM ledger_entry");

        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "import", "register", "--db", db, "--authority", "E07000223", "--published", "2025-12-01", second.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        boolean midLoad = waitFor(p, kind == StoreKind.DUCKDB ? () -> spoolStarted(tmp) : () -> copyRunning(db, app), 120);
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(midLoad).as("the child was killed while loading; its log: %s", Files.readString(dir.resolve("child.log"))).isTrue();

        assertThat(count(db, "SELECT count(*) FROM elector")).isEqualTo(before);
        assertThat(count(db, "SELECT count(*) FROM register_edition")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM dataset")).isEqualTo(1);
        assertThat(count(db, "SELECT count(*) FROM ledger_entry")).isEqualTo(ledgerBefore);
        try (Store s = Store.open(StoreLocation.parse(db))) {
            assertThat(new Ledger(s).verify().intact()).isTrue();
        }
        assertThat(Main.run("import", "register", "--db", db, "--authority", "E07000223", "--published", "2025-12-01",
                second.toString())).isZero();
        assertThat(count(db, "SELECT count(*) FROM register_edition")).isEqualTo(2);
        if (kind == StoreKind.POSTGRESQL) {
            StoreLocation loc = StoreLocation.parse(db);
            TestStores.dropSchema(loc, loc.schema());
        }
    }

    private static boolean spoolStarted(Path tmp) {
        try (var files = Files.walk(tmp)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("elector") && f.toFile().length() > 1_000_000);
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether the child's connection (known by its application name) is streaming the COPY of electors. */
    private static boolean copyRunning(String db, String app) {
        StoreLocation loc = StoreLocation.parse(db);
        try (var c = java.sql.DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password());
             var ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND query LIKE 'COPY elector%'")) {
            ps.setString(1, app);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private static boolean waitFor(Process p, BooleanSupplier condition, int seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until && p.isAlive()) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    static long count(String db, String sql) {
        try (Store s = Store.open(StoreLocation.parse(db))) {
            return s.read(c -> {
                try (var st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
                    r.next();
                    return r.getLong(1);
                }
            });
        }
    }

}
