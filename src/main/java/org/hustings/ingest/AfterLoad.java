package org.hustings.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.hustings.store.Store;

/**
 * Work another station must do inside every load's transaction, before it commits — above all
 * the rights station's sweep, which keeps an erased person from coming back with a later file
 * (UK GDPR Art 17). Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.hustings.ingest.AfterLoad}), so that no way of loading a file
 * (CLI, web, demo, tests) can forget them.
 */
public interface AfterLoad {
    /**
     * @param kind dataset kind: register, notice, marked_register, absent_voters or data
     */
    void afterLoad(Store store, Connection c, String actor, long datasetId, String kind) throws SQLException;

    /** Every implementation on the class path, in a stable order. */
    static java.util.List<AfterLoad> all() {
        return java.util.ServiceLoader.load(AfterLoad.class).stream().map(java.util.ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(a -> a.getClass().getName())).toList();
    }
}
