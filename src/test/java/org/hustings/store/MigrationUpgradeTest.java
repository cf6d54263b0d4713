package org.hustings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A store in use must open after an upgrade (docs/adr/0102): a new migration takes the next number
 * after the highest, and a store migrated to the previous head opens with the current code.
 */
class MigrationUpgradeTest {
    /**
     * The migrations that have shipped, in order. Add a new migration's number here when it ships;
     * every migration not listed must be numbered above all of these.
     */
    static final List<Integer> SHIPPED = List.of(1, 2, 10, 20, 25, 26, 27, 28, 29, 30, 40, 41, 50, 51, 52, 53, 54);

    /** The head of the release before this one: stores in use may be at it. */
    static final String PREVIOUS_HEAD = "53";

    private static final Pattern NAME = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    @TempDir
    Path dir;

    @Test
    void aNewMigrationTakesTheNextNumber() throws Exception {
        List<Integer> versions = versions();
        assertThat(versions).as("every shipped migration is still there, unchanged in number").containsAll(SHIPPED);
        int head = SHIPPED.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(versions.stream().filter(v -> !SHIPPED.contains(v)))
                .as("a migration that has not shipped is numbered above every shipped one (ADR 0102)")
                .allMatch(v -> v > head);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aStoreAtThePreviousHeadOpens(StoreKind kind) {
        StoreLocation loc = kind == StoreKind.DUCKDB ? StoreLocation.embedded(dir.resolve("old.duckdb")) : TestStores.freshPostgres();
        try {
            var config = Flyway.configure(Store.class.getClassLoader()).dataSource(loc.jdbcUrl(), loc.user(), loc.password())
                    .locations("classpath:db/migration").target(PREVIOUS_HEAD);
            if (loc.schema() != null) {
                config = config.schemas(loc.schema()).defaultSchema(loc.schema());
            }
            config.load().migrate();
            try (Store store = Store.open(loc)) {
                int applied = store.read(c -> {
                    try (var s = c.createStatement(); var r = s.executeQuery(
                            "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success")) {
                        r.next();
                        return r.getInt(1);
                    }
                });
                assertThat(applied).as("the store is brought up to the newest migration").isEqualTo(versions().get(versions().size() - 1));
            }
        } finally {
            if (loc.schema() != null) {
                TestStores.dropSchema(loc, loc.schema());
            }
        }
    }

    private static List<Integer> versions() {
        try (Stream<Path> files = Files.list(Path.of(MigrationUpgradeTest.class.getResource("/db/migration").toURI()))) {
            return files.map(p -> NAME.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1))).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
