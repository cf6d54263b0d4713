package org.hustings.provenance;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** Where the due-diligence check on a supplier stands (UK GDPR Art 5(2) accountability; Art 28(1) for processors). */
public enum DueDiligence {
    NOT_STARTED, IN_PROGRESS, PASSED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DueDiligence of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a due-diligence status; expected one of "
                        + Arrays.stream(values()).map(DueDiligence::code).toList() + "."));
    }
}
