package org.hustings.gate;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** A right a person exercised that the gate must honour in every use. */
public enum PersonFlag {
    /** Objection to direct marketing: absolute (UK GDPR Art 21(2)-(3)). */
    OBJECTED_MARKETING,
    /** Objection to profiling: removes the person from modelling (Art 21(1)). */
    OBJECTED_PROFILING,
    /** Restriction of processing: removes the person from every use (Art 18). */
    RESTRICTED,
    /** Erased: the person does not exist for any use (Art 17). */
    ERASED,
    /** Data kept by law but the person must not be contacted. */
    DO_NOT_CONTACT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PersonFlag of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a person flag; expected one of "
                        + Arrays.stream(values()).map(PersonFlag::code).toList() + "."));
    }
}
