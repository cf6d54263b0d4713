package org.hustings.provenance;

import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** Collects every reason a declaration cannot be accepted, so the user sees them all at once. */
final class Refusals {
    private final String what;
    private final List<String> reasons = new ArrayList<>();
    private boolean unlawful;

    Refusals(String what) {
        this.what = what;
    }

    /** A missing or malformed item. */
    void missing(String reason) {
        reasons.add(reason);
    }

    /** Something the law does not allow. */
    void unlawful(String reason) {
        reasons.add(reason);
        unlawful = true;
    }

    void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            missing(field + " is missing.");
        }
    }

    boolean any() {
        return !reasons.isEmpty();
    }

    List<String> reasons() {
        return List.copyOf(reasons);
    }

    /** Throws, listing every reason, when anything was refused. */
    void throwIfAny() {
        if (reasons.isEmpty()) {
            return;
        }
        throw new HustingsException(unlawful ? ErrorCode.REFUSED : ErrorCode.BAD_REQUEST,
                what + " was refused:\n  - " + String.join("\n  - ", reasons));
    }
}
