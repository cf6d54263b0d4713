package org.hustings.ingest.register;

/**
 * Writes records of one kind to a file in one layout. The caller supplies the
 * {@link java.io.Writer} (and so chooses UTF-8 or windows-1252) and keeps ownership of it:
 * {@link #close()} flushes everything written but does not close the caller's writer.
 */
public interface RecordWriter<T> extends AutoCloseable {

    /** Writes one record as one row (CRLF-terminated, like the vendors' software). */
    void write(T record);

    /** Flushes the rows written so far to the caller's writer. */
    @Override
    void close();
}
