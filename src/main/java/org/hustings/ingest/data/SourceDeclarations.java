package org.hustings.ingest.data;

import org.hustings.provenance.Sources;
import org.hustings.store.Store;

/**
 * Declares the supplier and source a mapping carries when they are not yet registered, through the
 * provenance API, which refuses missing or unlawful provenance with every reason (e.g. "public
 * task" claimed for bought data, UK GDPR Art 6(1)(e) and 6(3)). A source already declared is used
 * as it stands: the mapping never changes a source's legal footing.
 */
final class SourceDeclarations {
    private SourceDeclarations() {
    }

    static void ensure(Store store, Sources sources, DataMapping mapping, String actor) {
        if (mapping.declare() == null || exists(store, "source", mapping.source())) {
            return;
        }
        if (mapping.supplier() != null && !exists(store, "supplier", mapping.supplier().code())) {
            sources.declareSupplier(actor, mapping.supplier());
        }
        sources.declareSource(actor, mapping.declare());
    }

    private static boolean exists(Store store, String table, String code) {
        String sql = "source".equals(table) ? "SELECT 1 FROM source WHERE code = ?" : "SELECT 1 FROM supplier WHERE code = ?";
        return store.read(c -> Sql.firstLong(c, sql, code)).isPresent();
    }
}
