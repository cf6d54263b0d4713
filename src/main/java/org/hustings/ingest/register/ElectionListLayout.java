package org.hustings.ingest.register;

import java.util.List;
import org.hustings.register.AbsentVoter;

/** The marked-register and absent-voter layouts, as written (docs/register-layouts.md). */
enum ElectionListLayout {
    MARKED("marked", List.of("Elector Number", "Mark")),
    MARKED_POSTAL("marked-postal", List.of("ElectorNo", "PVSStatus", "Type")),
    ABSENT_VOTERS("absent-voters", List.of("Elector Number", "Type", "Proxy Name"));

    private final String id;
    private final List<String> header;

    ElectionListLayout(String id, List<String> header) {
        this.id = id;
        this.header = header;
    }

    String id() {
        return id;
    }

    List<String> header() {
        return header;
    }

    static String typeName(AbsentVoter.Kind kind) {
        return switch (kind) {
            case POSTAL -> "Postal";
            case PROXY -> "Proxy";
            case POSTAL_PROXY -> "PostalProxy";
        };
    }
}
