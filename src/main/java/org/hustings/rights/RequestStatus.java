package org.hustings.rights;

import java.util.Locale;

/** Where a request stands. An extension is not a status: an open request may carry an extended deadline. */
public enum RequestStatus {
    /** Identity evidence was asked for; the clock has not started (UK GDPR Art 12(6)). */
    AWAITING_IDENTITY,
    /** The clock is running. */
    OPEN,
    /** Refused as manifestly unfounded or excessive (Art 12(5)). */
    REFUSED,
    COMPLETED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RequestStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
