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
 * <p>Version ranges keep stations apart: V1–V9 the register spine, V10–V19 staff and the web,
 * V20–V29 provenance, gate and ledger, V30–V39 linkage, V40–V49 rights.
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
