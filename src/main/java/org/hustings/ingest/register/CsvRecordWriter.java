package org.hustings.ingest.register;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * The one writer behind every layout: optional preamble lines, the header, then one row per
 * record rendered by the layout's cell function. Comma-separated, CRLF, quoted only where needed.
 */
final class CsvRecordWriter<T> implements RecordWriter<T> {
    private final CsvWriter csv;
    private final Function<T, String[]> cells;

    CsvRecordWriter(Writer out, List<String> preamble, List<String> header, Function<T, String[]> cells) {
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
        this.cells = cells;
        for (String line : preamble) {
            csv.writeRecord(line);
        }
        csv.writeRecord(header);
    }

    @Override
    public void write(T record) {
        csv.writeRecord(cells.apply(record));
    }

    /** Flushes; the caller's writer stays open (FastCSV would close it on {@code close()}). */
    @Override
    public void close() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the register file: " + e.getMessage(), e);
        }
    }
}
