package org.hustings.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Sits between the Xpress notice writer and the file to fill the deleted-month cell of rows the
 * generator flags as created and deleted in the same month: Xpress files carry such rows, and
 * readers must ignore them. {@code RegisterWriters.notice} writes one action per row, so this
 * copies the created month into {@code ElectorDeletedMonth} line by line. Everything else passes
 * through untouched. (Drop this once the notice writer can say "created and deleted" itself.)
 */
final class CreatedAndDeletedRows extends Writer {
    private static final int CREATED = 16;
    private static final int DELETED = 18;

    private final Writer out;
    private final CsvWriter csv;
    private final StringBuilder line = new StringBuilder(256);
    private final ArrayDeque<Boolean> flags = new ArrayDeque<>();
    private int preambleLines;

    /** {@code preambleLines}: lines before the first data row (the header). */
    CreatedAndDeletedRows(Writer out, int preambleLines) {
        this.out = out;
        this.preambleLines = preambleLines;
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    }

    /** Says whether the next row written is created and deleted; call once before each row. */
    void next(boolean createdAndDeleted) {
        flags.add(createdAndDeleted);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            char c = buf[i];
            line.append(c);
            if (c == '\n') {
                completeLine();
            }
        }
    }

    private void completeLine() throws IOException {
        if (preambleLines > 0) {
            preambleLines--;
            out.append(line);
        } else if (Boolean.TRUE.equals(flags.poll())) {
            CsvRecord row = CsvReader.builder().ofCsvRecord(line.toString()).stream().findFirst().orElseThrow();
            List<String> cells = new ArrayList<>(row.getFields());
            cells.set(DELETED, cells.get(CREATED));
            csv.writeRecord(cells);
            csv.flush();
        } else {
            out.append(line);
        }
        line.setLength(0);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Writes any unfinished line and closes the file beneath. */
    @Override
    public void close() throws IOException {
        if (line.length() > 0) {
            out.append(line);
            line.setLength(0);
        }
        out.close();
    }
}
