package org.hustings.provenance;

import java.time.Instant;

/** A supplier as registered: who they are, their role, and where due diligence on them stands, with its evidence. */
public record SupplierView(String code, String organisation, SupplierRole role, DueDiligence dueDiligence, String evidence,
                           Instant checkedAt, String checkedBy) {
}
