package org.hustings.rights;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** The letters a request can need besides the reply: more time (UK GDPR Art 12(3)), or a refusal (Art 12(4)-(5)). */
public enum LetterKind {
    EXTENSION, REFUSAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LetterKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code == null ? "" : code.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a letter; expected one of "
                        + Arrays.stream(values()).map(LetterKind::code).toList() + "."));
    }
}
