package org.hustings.purpose;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * How an activity reaches people. Email and text messages are electronic mail under PECR reg 22:
 * marketing by them needs the person's prior consent, and parties have no "soft opt-in".
 * {@code NONE}: the activity contacts nobody (modelling, checks, administration).
 */
public enum Channel {
    DOOR, PHONE, POST, EMAIL, SMS, SOCIAL, NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Electronic mail in the sense of PECR reg 22 (and matching for online audiences, which ICO treats alike). */
    public boolean electronicMail() {
        return this == EMAIL || this == SMS || this == SOCIAL;
    }

    public boolean contacts() {
        return this != NONE;
    }

    public static Channel of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a channel; expected one of "
                        + Arrays.stream(values()).map(Channel::code).toList() + "."));
    }
}
