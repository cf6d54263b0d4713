package org.hustings.consent;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** How a consent (or its withdrawal) was given. */
public enum ConsentMethod {
    DOORSTEP, PHONE, WEB, PAPER, EMAIL, SMS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ConsentMethod of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a way of giving consent; expected one of "
                        + Arrays.stream(values()).map(ConsentMethod::code).toList() + "."));
    }
}
