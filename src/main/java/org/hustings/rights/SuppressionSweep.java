package org.hustings.rights;

import java.sql.Connection;
import java.sql.SQLException;
import org.hustings.ingest.AfterLoad;
import org.hustings.store.Store;

/**
 * After every load, inside its transaction: people in the new rows who match an erased person's
 * suppression entry are flagged erased and do-not-contact, and non-register rows linked to erased
 * people are deleted (UK GDPR Art 17; the statutory register itself is kept as supplied).
 */
public final class SuppressionSweep implements AfterLoad {
    @Override
    public void afterLoad(Store store, Connection c, String actor, long datasetId, String kind) throws SQLException {
        new Erasure(store, new Requests(store)).sweep(c, actor, datasetId);
    }
}
