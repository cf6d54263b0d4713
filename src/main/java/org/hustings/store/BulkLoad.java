package org.hustings.store;

/**
 * A set-based load of many rows into one table, inside the caller's transaction: PostgreSQL
 * streams them through COPY; DuckDB spools them to a scratch CSV and loads it with its own CSV
 * reader. Either way the rows become visible only when the transaction commits.
 *
 * <p>Values may be {@code null}, strings, numbers, booleans or {@code java.time.LocalDate};
 * empty strings are loaded as NULL.
 */
public interface BulkLoad extends AutoCloseable {
    /** Adds one row, values in the order of the columns given when the load was opened. */
    void row(Object... values);

    /** Sends the rows to the engine and returns how many it loaded. */
    long finish();

    /** Abandons the load if {@link #finish()} was not called (the transaction rolls it back). */
    @Override
    void close();
}
