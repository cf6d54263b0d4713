package org.hustings.rights;

import java.util.Arrays;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** The rights a person can ask for, each with the law that gives it and a plain name for letters and pages. */
public enum RequestKind {
    ACCESS("access", "UK GDPR Art 15", "a copy of your data"),
    RECTIFICATION("rectification", "UK GDPR Art 16", "correcting your data"),
    ERASURE("erasure", "UK GDPR Art 17", "deleting your data"),
    RESTRICTION("restriction", "UK GDPR Art 18", "stopping all use of your data"),
    OBJECTION_MARKETING("objection_marketing", "UK GDPR Art 21(2)-(3)", "no more campaign contact"),
    OBJECTION_PROFILING("objection_profiling", "UK GDPR Art 21(1)", "no profiling or scoring"),
    OBJECTION_ALL("objection_all", "UK GDPR Art 21(1)-(3)", "no campaign contact and no profiling"),
    CONSENT_WITHDRAWAL("consent_withdrawal", "UK GDPR Art 7(3)", "withdrawing your consent");

    private final String code;
    private final String law;
    private final String plain;

    RequestKind(String code, String law, String plain) {
        this.code = code;
        this.law = law;
        this.plain = plain;
    }

    public String code() {
        return code;
    }

    public String law() {
        return law;
    }

    public String plain() {
        return plain;
    }

    public static RequestKind of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "'" + code + "' is not a kind of request; expected one of "
                        + Arrays.stream(values()).map(RequestKind::code).toList() + "."));
    }
}
