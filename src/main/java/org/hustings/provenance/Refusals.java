package org.hustings.provenance;

import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;

/**
 * Collects every reason a declaration cannot be accepted, so the user sees them all at once. Each
 * reason may name the declaration field at fault (as the declaration file and the API spell it).
 */
final class Refusals {
    private final String what;
    private final List<FieldProblems.Problem> reasons = new ArrayList<>();
    private boolean unlawful;

    Refusals(String what) {
        this.what = what;
    }

    /** A missing or malformed item. */
    void missing(String reason) {
        missing(null, reason);
    }

    /** A missing or malformed item in {@code field}. */
    void missing(String field, String reason) {
        reasons.add(new FieldProblems.Problem(field, reason));
    }

    /** Something the law does not allow. */
    void unlawful(String reason) {
        unlawful(null, reason);
    }

    /** Something the law does not allow, in {@code field}. */
    void unlawful(String field, String reason) {
        reasons.add(new FieldProblems.Problem(field, reason));
        unlawful = true;
    }

    void requireText(String value, String field) {
        requireText(value, null, field);
    }

    void requireText(String value, String key, String described) {
        if (value == null || value.isBlank()) {
            missing(key, described + " is missing.");
        }
    }

    boolean any() {
        return !reasons.isEmpty();
    }

    List<String> reasons() {
        return reasons.stream().map(FieldProblems.Problem::reason).toList();
    }

    /** Throws, listing every reason, when anything was refused. */
    void throwIfAny() {
        if (reasons.isEmpty()) {
            return;
        }
        throw new FieldProblems(unlawful ? ErrorCode.REFUSED : ErrorCode.BAD_REQUEST, what, reasons);
    }
}
