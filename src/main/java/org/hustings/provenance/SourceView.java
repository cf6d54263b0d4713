package org.hustings.provenance;

import java.util.List;

/**
 * A source as configured: its footing and supplier. {@code provenance} is false for a source that
 * exists only in the spine table without its provenance row — nothing may be read from it.
 */
public record SourceView(long id, String code, SourceKind kind, String name, String supplierCode, String supplier,
                         SupplierRole supplierRole, DueDiligence dueDiligence, String article6, String article9,
                         String statute, String collectionMethod, String legalReference, String retention,
                         List<String> purposes, Integer latestWording, boolean provenance) {

    public SourceView {
        purposes = List.copyOf(purposes);
    }
}
