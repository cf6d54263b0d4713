package org.hustings.ingest.register;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A layout a reader recognises: its id, the columns whose presence identifies it (in any order,
 * extra columns ignored), and how to bind a row parser to the header found and any preamble
 * lines (Halarose's "Monthly Additions …").
 */
record TableLayout<T>(String id, List<String> columns, BiFunction<Header, List<String>, RowParser<T>> binder) {

    /** Reads one row; returns null when the row is rejected (problems reported on the row) or skipped. */
    @FunctionalInterface
    interface RowParser<T> {
        T parse(Row row);
    }
}
