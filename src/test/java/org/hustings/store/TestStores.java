package org.hustings.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Opens a fresh store of either kind for a test. The embedded store is a new file in a temp
 * folder; the PostgreSQL store is a new schema in the {@code test} database on 127.0.0.1:5432
 * (override with {@code HUSTINGS_TEST_PG}), dropped on close — so tests never see each other.
 */
public final class TestStores {
    public static final String PG_ENV = "HUSTINGS_TEST_PG";
    private static final String PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test";

    private TestStores() {
    }

    /** Both kinds, for {@code @MethodSource}. */
    public static Stream<StoreKind> kinds() {
        return Stream.of(StoreKind.DUCKDB, StoreKind.POSTGRESQL);
    }

    public static TestStore open(StoreKind kind) {
        try {
            return switch (kind) {
                case DUCKDB -> {
                    Path dir = Files.createTempDirectory("hustings-test");
                    Store store = Store.open(StoreLocation.embedded(dir.resolve("test.duckdb")));
                    yield new TestStore(store, () -> deleteTree(dir));
                }
                case POSTGRESQL -> {
                    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
                    String base = System.getenv().getOrDefault(PG_ENV, PG_DEFAULT);
                    StoreLocation loc = StoreLocation.parse(base + (base.contains("?") ? "&" : "?") + "schema=" + schema);
                    Store store;
                    try {
                        store = Store.open(loc);
                    } catch (RuntimeException e) {
                        throw new IllegalStateException("The contract suite needs PostgreSQL at " + base
                                + " (trust auth, database 'test'). Run the README's test command, which starts a local cluster, "
                                + "or install one: apt-get install postgresql. Cause: " + e.getMessage(), e);
                    }
                    yield new TestStore(store, () -> dropSchema(loc, schema));
                }
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PostgreSQL location with its own fresh schema, not yet opened (for tests that open it themselves). */
    public static StoreLocation freshPostgres() {
        return StoreLocation.parse(freshPostgresUrl());
    }

    /** The same as a {@code --db} argument: {@code postgresql://…?schema=t_…}. */
    public static String freshPostgresUrl() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String base = System.getenv().getOrDefault(PG_ENV, PG_DEFAULT);
        return base + (base.contains("?") ? "&" : "?") + "schema=" + schema;
    }

    public static void dropSchema(StoreLocation loc, String schema) {
        try (Connection c = DriverManager.getConnection(loc.jdbcUrl(), loc.user(), loc.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store for one test, and how to clean up after it. */
    public record TestStore(Store store, Runnable cleanup) implements AutoCloseable {
        @Override
        public void close() {
            store.close();
            cleanup.run();
        }

        public StoreKind kind() {
            return store.kind();
        }
    }
}
