package org.hustings.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Applies the versioned schema migrations in {@code db/migration} with Flyway at start-up. The
 * same files run on both engines, so they use only the portable SQL subset (see STORES.md).
 *
 * <p>A new migration takes the next number after the highest (docs/adr/0102): a number below the
 * head of a store already in use would stop Flyway opening it. {@code MigrationUpgradeTest} checks
 * both rules on both engines.
 */
final class Migrations {
    private Migrations() {
    }

    static void apply(Store store, DataSource dataSource) {
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j");
        if (store.location().schema() != null) {
            config = config.schemas(store.location().schema()).defaultSchema(store.location().schema());
        }
        try {
            config.load().migrate();
        } catch (FlywayException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE,
                    "Could not bring the " + store.location().describe() + " schema up to date: " + e.getMessage(), e);
        }
    }
}
