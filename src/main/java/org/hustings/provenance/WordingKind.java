package org.hustings.provenance;

import java.util.Locale;

/** A privacy notice shown at collection (UK GDPR Art 13), or the wording a person consented to (Art 7(1)). */
public enum WordingKind {
    NOTICE, CONSENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
