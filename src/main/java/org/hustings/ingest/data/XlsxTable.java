package org.hustings.ingest.data;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.SourceFile;

/**
 * One sheet of an XLSX workbook, streamed with FastExcel's reader (rows are parsed as they are
 * read, not loaded whole). Numbers are given in plain decimal form ({@code 12}, not {@code 12.0});
 * cells formatted as dates become ISO dates ({@code 1990-02-28}); formulas give their cached value.
 */
final class XlsxTable implements Table {
    private final ReadableWorkbook book;
    private final Stream<Row> rows;
    private final Iterator<Row> it;
    private List<String> header;
    private long headerLine;
    private long lastLine;

    XlsxTable(SourceFile file, String sheetName) {
        try {
            book = new ReadableWorkbook(file.path().toFile(), new ReadingOptions(true, false));
            Sheet sheet = sheetName == null ? book.getFirstSheet() : book.findSheet(sheetName).orElseThrow(() -> new HustingsException(
                    ErrorCode.BAD_INPUT, file.name() + " has no sheet called '" + sheetName + "' (it has: "
                    + book.getSheets().map(Sheet::getName).toList() + ")."));
            rows = sheet.openStream();
            it = rows.iterator();
        } catch (IOException | RuntimeException e) {
            if (e instanceof HustingsException h) {
                throw h;
            }
            throw new HustingsException(ErrorCode.BAD_INPUT, file.name() + " cannot be read as an XLSX workbook (" + e.getMessage() + ").", e);
        }
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
            while (it.hasNext()) {
                Row r = it.next();
                lastLine = r.getRowNum();
                List<String> cells = new ArrayList<>(r.getCellCount());
                boolean blank = true;
                for (int i = 0; i < r.getCellCount(); i++) {
                    String text = text(r.getCell(i));
                    blank &= text.isBlank();
                    cells.add(text);
                }
                if (!blank) {
                    return new TableRow(r.getRowNum(), cells);
                }
            }
            return null;
        } catch (RuntimeException e) {
            throw new Unreadable(lastLine + 1, "the rest of the workbook cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String text(Cell c) {
        if (c == null || c.getRawValue() == null) {
            return "";
        }
        return switch (c.getType()) {
            case NUMBER -> isDate(c) ? c.asDate().toLocalDate().toString() : plain(c.asNumber());
            case BOOLEAN -> String.valueOf(c.asBoolean());
            case FORMULA -> c.getRawValue();
            default -> c.getText() == null ? "" : c.getText();
        };
    }

    private static boolean isDate(Cell c) {
        String f = c.getDataFormatString();
        if (f == null) {
            Integer id = c.getDataFormatId();
            return id != null && (id >= 14 && id <= 17 || id == 22);
        }
        String s = f.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
        return s.contains("d") && s.contains("y") || s.contains("m") && s.contains("y");
    }

    private static String plain(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() {
        rows.close();
        try {
            book.close();
        } catch (IOException ignored) {
            // closing a read-only workbook
        }
    }
}
