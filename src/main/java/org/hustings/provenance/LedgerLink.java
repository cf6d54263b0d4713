package org.hustings.provenance;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.store.Store;

/**
 * Where provenance, purposes, consents and the gate write to the ledger: one entry per change or
 * gated read, inside the caller's transaction, so the change and its record commit together.
 * Entries hold internal ids, counts, codes and field names only — never personal values.
 */
public final class LedgerLink {
    private final Ledger ledger;

    public LedgerLink(Store store) {
        this.ledger = new Ledger(store);
    }

    /** Records a configuration change. */
    public void record(Connection c, String actor, String action, String subject, Map<String, ?> details) throws SQLException {
        record(c, actor, action, subject, details, List.of());
    }

    /** Records an action that reached the given people (e.g. a gated read). */
    public void record(Connection c, String actor, String action, String subject, Map<String, ?> details,
                       Collection<Long> personIds) throws SQLException {
        ledger.append(c, new LedgerEntry(actor, action, subject, new LinkedHashMap<String, Object>(details), personIds));
    }
}
