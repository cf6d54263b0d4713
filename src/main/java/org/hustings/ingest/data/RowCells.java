package org.hustings.ingest.data;

/** The cells of the row being read, by mapping column, and the way to reject the row for one of them. */
interface RowCells {
    long line();

    /** The cell of {@code column}, cleaned; empty when blank, absent, or the column is null. */
    String cell(String column);

    void reject(String column, String code, String message, String value);

    /** A problem that does not stop the row loading: it is reported and kept in the quarantine as a warning. */
    void warn(String column, String code, String message, String value);

    boolean rejected();
}
