package org.hustings.register;

/**
 * One line of a monthly notice of alteration.
 *
 * @param line   1-based line in the file
 * @param action what the ERO did to the entry
 * @param month  the month the notice gives for the change, as supplied (e.g. "Jan"), or null
 * @param entry  the entry as it stands after the change (for a deletion, enough to find it)
 */
public record Alteration(long line, Action action, String month, RegisterEntry entry) {

    /** Precedence within one notice: delete beats amend beats create. */
    public enum Action {
        CREATE, AMEND, DELETE;

        public boolean beats(Action other) {
            return ordinal() > other.ordinal();
        }
    }
}
