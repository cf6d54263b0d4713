package org.hustings.provenance;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** Whether a field holds facts the person or a public record gave, or estimates someone made about them. */
public enum Nature {
    FACTUAL, ESTIMATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Nature of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not factual or estimated."));
    }
}
