package org.hustings.rights;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** The only grounds on which a request may be refused (UK GDPR Art 12(5)). */
public enum RefusalGround {
    MANIFESTLY_UNFOUNDED, MANIFESTLY_EXCESSIVE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RefusalGround of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a ground for refusal; expected one of "
                        + Arrays.stream(values()).map(RefusalGround::code).toList() + " (UK GDPR Art 12(5))."));
    }
}
