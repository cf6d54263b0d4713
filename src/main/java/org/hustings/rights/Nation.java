package org.hustings.rights;

import java.util.Arrays;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** The UK's bank-holiday areas: a deadline moves past the bank holidays of the nation the request is handled in. */
public enum Nation {
    ENGLAND_AND_WALES("england-and-wales"), SCOTLAND("scotland"), NORTHERN_IRELAND("northern-ireland");

    private final String code;

    Nation(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Nation of(String code) {
        return Arrays.stream(values()).filter(n -> n.code.equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a nation; expected one of "
                        + Arrays.stream(values()).map(Nation::code).toList() + "."));
    }
}
