package org.hustings.rights;

import java.util.Arrays;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** How a requester's identity was checked (UK GDPR Art 12(6): only where there is reasonable doubt). */
public enum IdentityMethod {
    /** Staff know the person or the request came from contact details already held: no doubt, nothing asked for. */
    NO_DOUBT,
    /** A document such as a driving licence or a utility bill was seen. */
    DOCUMENT,
    /** Seen in person. */
    IN_PERSON,
    /** A code sent to contact details already held was returned. */
    CONTACT_CONFIRMED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static IdentityMethod of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a way of checking identity; expected one of "
                        + Arrays.stream(values()).map(IdentityMethod::code).toList() + "."));
    }
}
