package org.hustings.provenance;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** What kind of source data comes from; stored lower-case in {@code source.kind}. */
public enum SourceKind {
    STATUTORY_REGISTER, DIRECT, MEMBERSHIP, PUBLIC_OPEN, COMMERCIAL, DERIVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a kind of source; expected one of "
                        + Arrays.stream(values()).map(SourceKind::code).toList() + "."));
    }
}
