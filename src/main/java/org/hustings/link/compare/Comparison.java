package org.hustings.link.compare;

import java.util.List;

/**
 * How one field of two records is compared: its ordered levels, best first, the last always
 * "different". A missing value on either side is the null level ({@link #NULL}), which carries
 * no evidence either way.
 *
 * <p>A comparison is configuration; {@link #prepare} turns it, together with the distinct
 * normalised values of its field (the vocabulary), into a {@link Prepared} comparison that works
 * on vocabulary numbers only. Comparing two records is then a comparison of two small integers
 * first, and of strings only when they differ.
 */
public interface Comparison {
    /** The level of a pair where either value is missing. */
    int NULL = -1;

    /** The field (column) compared. */
    String field();

    /** The names of the levels, best first; the last is "different". */
    List<String> levels();

    /** True when the first level ("exact") is adjusted for how common the value is. */
    boolean termFrequency();

    /** The canonical form of a raw value, or null when the value is missing or unusable. */
    String normalise(String raw);

    /** Fields whose values share a vocabulary can be compared across fields (swapped names). */
    default String vocabulary() {
        return field();
    }

    /** Prepares the comparison for the given distinct normalised values. */
    Prepared prepare(String[] values);

    /** A comparison ready to run on vocabulary numbers. Safe to share between threads. */
    @FunctionalInterface
    interface Prepared {
        /**
         * The level of values {@code a} and {@code b} (vocabulary numbers, both present).
         * {@code aPartner} and {@code bPartner} are the numbers of each record's partner field
         * (the other name), or {@link #NULL}; only name comparisons look at them.
         */
        int level(int a, int b, int aPartner, int bPartner);
    }
}
