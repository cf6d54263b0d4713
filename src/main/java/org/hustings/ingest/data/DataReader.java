package org.hustings.ingest.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ProblemSink;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.SourceFile;

/**
 * Reads a data file as its mapping says: an XLSX workbook when its first bytes are a ZIP (OOXML)
 * header, otherwise CSV. An old binary .xls is refused with a way out.
 */
final class DataReader {
    private DataReader() {
    }

    static ReadSummary read(SourceFile file, DataMapping mapping, Consumer<DataRow> rows, ProblemSink problems) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file.path())) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read " + file.name() + ": " + e.getMessage(), e);
        }
        if (n == head.length && ReadableWorkbook.isOLE2Header(head)) {
            problems.report(Problem.rejected(file.name(), 1, null, "old-excel-format", "This is an old binary Excel (.xls) file; "
                    + "save it as .xlsx or CSV and load that.", null));
            return new ReadSummary(mapping.name(), 0, 0, 0);
        }
        boolean xlsx = n == head.length && ReadableWorkbook.isOOXMLZipHeader(head);
        Table table;
        try {
            table = xlsx ? new XlsxTable(file, mapping.sheet()) : new CsvTable(file, mapping.delimiter());
        } catch (HustingsException e) {
            problems.report(Problem.rejected(file.name(), 1, null, "unreadable-file", e.getMessage(), null));
            return new ReadSummary(mapping.name(), 0, 0, 0);
        } catch (Table.Unreadable e) {
            problems.report(Problem.rejected(file.name(), e.line(), null, "unreadable-line", "The header cannot be read: " + e.getMessage() + ".", null));
            return new ReadSummary(mapping.name(), 0, 0, 0);
        }
        try (table) {
            return new RowReader(mapping, file.name(), !xlsx).read(table, rows, problems);
        }
    }
}
