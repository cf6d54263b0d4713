package org.hustings.store;

import java.util.Collections;

/** Bound-parameter markers for SQL built at run time: a list for {@code IN (…)}, rows for a multi-row {@code VALUES}. */
public final class Placeholders {
    private Placeholders() {
    }

    /** {@code ?, ?, …}: {@code n} markers, for {@code IN (…)}. */
    public static String list(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** {@code (?, ?), (?, ?), …}: {@code count} rows of {@code width} markers, for a multi-row {@code VALUES}. */
    public static String rows(int count, int width) {
        return String.join(", ", Collections.nCopies(count, "(" + list(width) + ")"));
    }
}
