package org.hustings.provenance;

import java.time.Instant;

/** A supplier to register: who they are, their role, and the due diligence done on them (evidence, when). */
public record SupplierDeclaration(String code, String organisation, SupplierRole role, DueDiligence dueDiligence,
                                  String evidence, Instant checkedAt) {
}
