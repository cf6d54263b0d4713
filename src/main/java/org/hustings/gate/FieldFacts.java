package org.hustings.gate;

import java.util.Set;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.SupplierRole;

/**
 * Everything the field rules need to know about one field of one source (for statutory sources) or
 * one dataset (for attribute datasets): the source's footing and supplier, and the field's
 * annotation. {@code provenance} is false when the source has no provenance row.
 */
record FieldFacts(long sourceId, String sourceCode, SourceKind kind, boolean provenance, String statute, String article6,
                  String article9, Set<String> purposes, SupplierRole supplierRole, DueDiligence dueDiligence,
                  Long datasetId, String field, String column, String category, boolean special, Nature nature,
                  String releaseBlock) {
}
