package org.hustings.provenance;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** The role of the organisation behind a source: a controller, a processor acting for the party, a data broker, or a public body. */
public enum SupplierRole {
    CONTROLLER, PROCESSOR, BROKER, PUBLIC_BODY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SupplierRole of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a supplier role; expected one of "
                        + Arrays.stream(values()).map(SupplierRole::code).toList() + "."));
    }
}
