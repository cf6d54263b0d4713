package org.hustings.provenance;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ServiceLoader;
import org.hustings.store.Store;

/**
 * Puts the default processing activities in place the first time something needs them. Sources
 * name the purposes they permit, so declaring one needs the register of processing activities
 * (UK GDPR Art 30); that register belongs to the purpose station, which builds on this one. The
 * purpose station implements this hook and is found with {@link ServiceLoader}
 * ({@code META-INF/services/org.hustings.provenance.ActivitySeed}), so provenance needs no
 * dependency on it and no way in (CLI, web, demo, tests) needs a manual seeding step.
 */
public interface ActivitySeed {

    /** Adds the default activities missing from the register, in the caller's transaction; never changes one already there. */
    int ensureDefaults(Store store, Connection c) throws SQLException;

    /** Runs every implementation on the class path; returns how many activities were added. */
    static int ensureAll(Store store, Connection c) throws SQLException {
        int added = 0;
        for (ActivitySeed seed : ActivitySeeds.ALL) {
            added += seed.ensureDefaults(store, c);
        }
        return added;
    }
}
