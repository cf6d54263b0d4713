package org.hustings.staff;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * What a member of staff may do. Each role has a one-line description shown to whoever grants it,
 * so that access follows the least-privilege principle of UK GDPR Art 5(1)(f) and Art 32.
 */
public enum Role {
    DPO("Data protection officer: sees everything, answers rights requests and signs off DPIAs and the Article 30 record."),
    DATA_MANAGER("Data manager: imports registers and other files, fixes quarantined rows and manages sources."),
    ORGANISER("Organiser: reads the register and plans canvassing and mail for the purposes the law allows."),
    CANVASSER("Canvasser: works only with the walk and phone lists an organiser gives them; no register pages."),
    AUDITOR("Auditor: reads everything, changes nothing, and runs the audit of controls.");

    private final String description;

    Role(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** A role by name, case-insensitive, accepting {@code data-manager} for {@code DATA_MANAGER}. */
    public static Role parse(String text) {
        String name = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Role r : values()) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        throw new HustingsException(ErrorCode.BAD_REQUEST, "The role '" + text + "' is not known. Use one of: "
                + Arrays.stream(values()).map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                        .collect(Collectors.joining(", ")) + ".");
    }
}
