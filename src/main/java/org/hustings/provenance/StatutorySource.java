package org.hustings.provenance;

import java.util.List;
import java.util.Set;

/**
 * A kind of data the law supplies to parties (the full register, the marked register, absent
 * voters lists), with its legal footing, the only uses it may be put to, and its fields. Kept as
 * data in {@code taxonomy/statutory-sources.v1.json}.
 */
public record StatutorySource(String statute, String codePrefix, String name, String table, String article6,
                              String legalReference, List<String> purposes, Set<String> allowedUse, String retention,
                              List<StatutoryField> fields) {

    public StatutorySource {
        purposes = List.copyOf(purposes == null ? List.of() : purposes);
        allowedUse = Set.copyOf(allowedUse == null ? Set.of() : allowedUse);
        fields = List.copyOf(fields == null ? List.of() : fields);
    }

    /** The source code for one local authority, e.g. {@code register:E07000223}. */
    public String sourceCode(String laCode) {
        return codePrefix + ":" + laCode;
    }
}
