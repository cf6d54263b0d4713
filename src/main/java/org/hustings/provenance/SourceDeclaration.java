package org.hustings.provenance;

import java.util.List;

/**
 * Everything a non-statutory source must declare before anything is stored from it: its kind,
 * supplier, how the data was collected, its Article 6 basis, its Article 9 condition where it holds
 * special category data, the law or agreement relied on, the purposes it permits, how long it is
 * kept, and the notice or consent wording shown at collection.
 */
public record SourceDeclaration(String code, SourceKind kind, String name, String supplierCode, String collectionMethod,
                                String article6, String article9, String legalReference, List<String> purposes,
                                String retention, Integer retentionMonths, Wording wording) {

    public SourceDeclaration {
        purposes = List.copyOf(purposes == null ? List.of() : purposes);
    }
}
