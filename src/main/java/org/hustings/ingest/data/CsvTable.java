package org.hustings.ingest.data;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.hustings.ingest.SourceFile;

/** A CSV file read with FastCSV in the character set {@link SourceFile} detected; a UTF-8 byte-order mark is skipped. */
final class CsvTable implements Table {
    private final BufferedReader in;
    private final CloseableIterator<CsvRecord> it;
    private List<String> header;
    private long headerLine;
    private long lastLine;

    CsvTable(SourceFile file, char delimiter) {
        try {
            in = new BufferedReader(new InputStreamReader(Files.newInputStream(file.path()), file.charset()), 1 << 16);
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        it = CsvReader.builder().fieldSeparator(delimiter).ignoreDifferentFieldCount(true).skipEmptyLines(true).ofCsvRecord(in).iterator();
        TableRow first = next();
        if (first != null) {
            header = first.cells();
            headerLine = first.line();
        }
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public long headerLine() {
        return headerLine;
    }

    @Override
    public TableRow next() {
        try {
            if (!it.hasNext()) {
                return null;
            }
            CsvRecord r = it.next();
            lastLine = r.getStartingLineNumber();
            return new TableRow(r.getStartingLineNumber(), r.getFields());
        } catch (CsvParseException e) {
            throw new Unreadable(lastLine + 1, "the rest of the file cannot be read as CSV (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new Unreadable(lastLine + 1, "the file could not be read (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        try {
            it.close();
            in.close();
        } catch (IOException ignored) {
            // closing a read-only file
        }
    }
}
