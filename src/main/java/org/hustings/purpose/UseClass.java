package org.hustings.purpose;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * The class of use an activity belongs to, which is what the statutes restrict: the register may
 * be used only for electoral purposes and donation checks (RPR 2001 regs 103-105, 114-115), the
 * marked register only for electoral purposes or research (reg 117).
 */
public enum UseClass {
    ELECTORAL, DONATION_CHECK, RESEARCH, MEMBERSHIP, CASEWORK, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UseClass of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a class of use; expected one of "
                        + Arrays.stream(values()).map(UseClass::code).toList() + "."));
    }
}
