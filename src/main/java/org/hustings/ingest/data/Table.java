package org.hustings.ingest.data;

import java.util.List;

/**
 * A file read as a table, streamed row by row: CSV ({@link CsvTable}) or an XLSX sheet
 * ({@link XlsxTable}). Cells come as text; blank rows are skipped. {@link #next()} returns null at
 * the end and throws {@link Unreadable} when the rest of the file cannot be read.
 */
interface Table extends AutoCloseable {

    /** The header's cells, or null when the file has no rows at all. */
    List<String> header();

    /** The line (CSV) or row number (XLSX) of the header. */
    long headerLine();

    TableRow next();

    @Override
    void close();

    /** One row: its 1-based line (CSV, where the record starts) or sheet row number, and its cells. */
    record TableRow(long line, List<String> cells) { }

    /** The file cannot be read from here on (bad CSV quoting, a damaged workbook). */
    final class Unreadable extends RuntimeException {
        private final long line;

        Unreadable(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
