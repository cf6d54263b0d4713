package org.hustings.purpose;

import java.util.Locale;

/** Where a data protection impact assessment stands (UK GDPR Art 35). */
public enum DpiaStatus {
    DRAFT, APPROVED, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DpiaStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
