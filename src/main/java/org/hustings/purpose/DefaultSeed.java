package org.hustings.purpose;

import java.sql.Connection;
import java.sql.SQLException;
import org.hustings.provenance.ActivitySeed;
import org.hustings.store.Store;

/** Provenance's hook for the default activities (see {@link ActivitySeed}): adds the missing ones, as the system. */
public final class DefaultSeed implements ActivitySeed {
    @Override
    public int ensureDefaults(Store store, Connection c) throws SQLException {
        return new Purposes(store).ensureDefaults(c, Purposes.SYSTEM);
    }
}
