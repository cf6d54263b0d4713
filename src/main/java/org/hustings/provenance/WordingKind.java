package org.hustings.provenance;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** A privacy notice shown at collection (UK GDPR Art 13), or the wording a person consented to (Art 7(1)). */
public enum WordingKind {
    NOTICE, CONSENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WordingKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a kind of wording; expected notice or consent."));
    }
}
