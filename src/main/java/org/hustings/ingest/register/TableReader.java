package org.hustings.ingest.register;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ProblemSink;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;

/**
 * The streaming loop behind every register reader: open the file in its character set, skip a
 * BOM, detect comma or tab, skip "Monthly Additions" preamble lines, detect the layout from the
 * header, then read one record at a time (FastCSV, so quoted fields may span lines; each row is
 * reported at the line it starts on). Rows of the wrong width are rejected — on the last line of
 * a file that stops mid-line or inside a quote as {@code truncated-line}. Only IO errors throw.
 */
final class TableReader<T> implements RecordReader<T> {
    private final String kind;
    private final List<TableLayout<T>> layouts;
    private final Character delimiter;

    /** @param delimiter a fixed field separator, or null to detect comma or tab from the header */
    TableReader(String kind, List<TableLayout<T>> layouts, Character delimiter) {
        this.kind = kind;
        this.layouts = List.copyOf(layouts);
        this.delimiter = delimiter;
    }

    @Override
    public ReadSummary read(SourceFile file, Consumer<T> records, ProblemSink problems) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file.path()),
                file.charset()), 1 << 16)) {
            Delimiters.skipBom(in);
            char sep = delimiter != null ? delimiter : Delimiters.detect(in);
            TailReader tail = new TailReader(in);
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(sep).ignoreDifferentFieldCount(true)
                    .skipEmptyLines(true).ofCsvRecord(tail);
            try (CloseableIterator<CsvRecord> it = csv.iterator()) {
                return readRecords(file.name(), it, tail, records, problems);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read " + file.name() + ": " + e.getMessage(), e);
        }
    }

    private ReadSummary readRecords(String file, CloseableIterator<CsvRecord> it, TailReader tail,
                                    Consumer<T> records, ProblemSink problems) {
        List<String> preamble = new ArrayList<>();
        Next first = Next.of(it);
        while (first.record != null && isPreamble(first.record)) {
            preamble.add(String.join(" ", first.record.getFields()).trim());
            first = Next.of(it);
        }
        if (first.error != null) {
            problems.report(Problem.rejected(file, 1, null, "unreadable-line", "The header cannot be read as CSV ("
                    + first.error.getMessage() + ").", null));
            return new ReadSummary("unknown", 0, 0, 0);
        }
        if (first.record == null) {
            problems.report(Problem.rejected(file, 1, null, "no-header",
                    "The file has no header line; a " + kind + " file starts with the header of one of: "
                            + Signatures.describe(layouts) + ".", null));
            return new ReadSummary("unknown", 0, 0, 0);
        }
        Header header = new Header(first.record.getFields());
        TableLayout<T> layout = layouts.stream().filter(l -> header.hasAll(l.columns())).findFirst().orElse(null);
        // A notice carries every column of its register layout and more: the most specific known
        // layout decides, so a Halarose notice is not read as a Halarose register (the generic
        // mapping reader takes whatever has its mapped columns).
        String known = Signatures.detect(header);
        boolean foreign = known != null && layouts.stream().noneMatch(l -> l.id().equals(known));
        if (layout == null || (foreign && !layout.id().equals(Signatures.GENERIC))) {
            problems.report(Signatures.unrecognised(file, first.record.getStartingLineNumber(), kind, layouts, header,
                    foreign ? known : null));
            return new ReadSummary("unknown", 0, 0, 0);
        }
        TableLayout.RowParser<T> parser = layout.binder().apply(header, List.copyOf(preamble));
        Row row = new Row(file, header, problems);
        long rows = 0;
        long accepted = 0;
        long rejected = 0;
        long lastLine = first.record.getStartingLineNumber();
        Next next = Next.of(it);
        while (next.record != null || next.error != null) {
            rows++;
            if (next.error != null) {
                // FastCSV gave up (a record beyond its limits): report where, and stop reading.
                rejected++;
                problems.report(Problem.rejected(file, lastLine + 1, null, "unreadable-line",
                        "Reading stopped here: the rest of the file cannot be read as CSV (" + next.error.getMessage()
                                + ").", null));
                break;
            }
            CsvRecord rec = next.record;
            next = Next.of(it);
            lastLine = rec.getStartingLineNumber();
            row.reset(lastLine, rec.getFields());
            checkWidth(row, rec.getFieldCount(), next.record == null && next.error == null && tail.endedMidLine());
            T value = row.rejected() ? null : parser.parse(row);
            if (row.rejected()) {
                rejected++;
            } else if (value != null) {
                accepted++;
                records.accept(value);
            }
        }
        return new ReadSummary(layout.id(), rows, accepted, rejected);
    }

    private static boolean isPreamble(CsvRecord r) {
        return r.getField(0).trim().toLowerCase(Locale.ROOT).startsWith("monthly additions");
    }

    /** Too few fields, or non-blank fields beyond the header, reject the row. */
    private static void checkWidth(Row row, int fields, boolean truncatedEnd) {
        int expected = row.header().size();
        if (truncatedEnd) {
            row.report(Problem.Severity.REJECTED, null, "truncated-line", "The file ends part-way through this line: "
                    + (fields < expected ? "expected " + expected + " fields as in the header, found " + fields
                    : "a quoted field is never closed") + ".", null);
        } else if (fields < expected) {
            row.report(Problem.Severity.REJECTED, null, "wrong-field-count",
                    "Expected " + expected + " fields as in the header, found " + fields + ".", null);
        } else if (fields > expected) {
            for (int i = expected; i < fields; i++) {
                if (row.get(i) != null) {
                    row.report(Problem.Severity.REJECTED, null, "wrong-field-count",
                            "Expected " + expected + " fields as in the header, found " + fields + ".", row.get(i));
                    return;
                }
            }
        }
    }

    /** The next record, or the parse error that stopped reading, or neither at the end. */
    private record Next(CsvRecord record, CsvParseException error) {
        static Next of(CloseableIterator<CsvRecord> it) {
            try {
                return it.hasNext() ? new Next(it.next(), null) : new Next(null, null);
            } catch (CsvParseException e) {
                return new Next(null, e);
            }
        }
    }
}
