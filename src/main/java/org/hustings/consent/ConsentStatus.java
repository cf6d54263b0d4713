package org.hustings.consent;

import java.util.Locale;

/** Granted or withdrawn. */
public enum ConsentStatus {
    GRANTED, WITHDRAWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConsentStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
