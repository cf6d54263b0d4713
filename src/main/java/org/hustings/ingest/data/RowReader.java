package org.hustings.ingest.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.hustings.consent.ConsentStatus;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ProblemSink;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.register.Postcodes;
import org.hustings.register.ElectorNumber;
import org.hustings.register.MatchKey;
import org.hustings.register.RegisterEntry;

/**
 * Turns the rows of a {@link Table} into {@link DataRow}s as a mapping says. Never throws for bad
 * data: every bad cell is a {@link Problem} naming the file, line and column, and a row with any
 * rejected cell is quarantined whole. A header missing a mapped column is one problem on the
 * header's line, and nothing is read.
 */
final class RowReader {
    private final DataMapping mapping;
    private final String file;
    private final boolean strictWidth;

    RowReader(DataMapping mapping, String file, boolean strictWidth) {
        this.mapping = mapping;
        this.file = file;
        this.strictWidth = strictWidth;
    }

    ReadSummary read(Table table, Consumer<DataRow> out, ProblemSink problems) {
        List<String> header = table.header();
        if (header == null) {
            problems.report(Problem.rejected(file, 1, null, "no-header", "The file is empty: it has no header line.", null));
            return new ReadSummary(mapping.name(), 0, 0, 0);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            index.put(key(header.get(i)), i);
        }
        List<String> missing = columns().stream().filter(c -> !index.containsKey(key(c))).distinct().toList();
        Map<String, Integer> byColumn = new HashMap<>();
        columns().forEach(c -> byColumn.put(c, index.get(key(c))));
        if (!missing.isEmpty()) {
            problems.report(Problem.rejected(file, table.headerLine(), null, "missing-column", "The header lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + missing + " that mapping '" + mapping.name() + "' needs; is this the right mapping?",
                    String.join(",", header)));
            return new ReadSummary(mapping.name(), 0, 0, 0);
        }
        long rows = 0;
        long accepted = 0;
        long rejected = 0;
        while (true) {
            Table.TableRow r;
            try {
                r = table.next();
            } catch (Table.Unreadable e) {
                rows++;
                rejected++;
                problems.report(Problem.rejected(file, e.line(), null, "unreadable-line", "Reading stopped here: " + e.getMessage() + ".", null));
                break;
            }
            if (r == null) {
                break;
            }
            rows++;
            Cursor c = new Cursor(r, byColumn, header.size(), problems);
            DataRow row = c.row();
            if (row == null) {
                rejected++;
            } else {
                accepted++;
                out.accept(row);
            }
        }
        return new ReadSummary(mapping.name(), rows, accepted, rejected);
    }

    private List<String> columns() {
        List<String> cols = new ArrayList<>(mapping.identity().columns());
        if (mapping.area() != null) {
            cols.add(mapping.area().column());
        }
        mapping.fields().forEach(f -> cols.add(f.column()));
        for (ConsentColumn c : mapping.consents()) {
            cols.add(c.column());
            if (c.givenAtColumn() != null) {
                cols.add(c.givenAtColumn());
            }
            if (c.wordingVersionColumn() != null) {
                cols.add(c.wordingVersionColumn());
            }
        }
        return cols;
    }

    private static String key(String column) {
        return Cells.clean(column).toLowerCase(Locale.ROOT);
    }

    /** One row being read: its cells by column, and whether anything in it was rejected. */
    private final class Cursor implements RowCells {
        private final Table.TableRow row;
        private final Map<String, Integer> index;
        private final ProblemSink problems;
        private final java.util.Set<String> reported = new java.util.HashSet<>(4);
        private boolean rejected;

        Cursor(Table.TableRow row, Map<String, Integer> index, int width, ProblemSink problems) {
            this.row = row;
            this.index = index;
            this.problems = problems;
            int n = row.cells().size();
            if (strictWidth && n < width) {
                reject(null, "wrong-field-count", "Expected " + width + " fields as in the header, found " + n + ".", null);
            } else if (strictWidth && n > width && row.cells().subList(width, n).stream().anyMatch(s -> !s.isBlank())) {
                reject(null, "wrong-field-count", "Expected " + width + " fields as in the header, found " + n + ".", row.cells().get(width));
            }
        }

        DataRow row() {
            if (rejected) {
                return null;
            }
            DataRow.Identity identity = mapping.level() == DataMapping.Level.PERSON ? IdentityCells.read(mapping.identity(), this) : null;
            String area = mapping.area() == null ? null : ValueCells.area(mapping.area(), this);
            Map<String, String> values = new LinkedHashMap<>();
            for (FieldColumn f : mapping.fields()) {
                String v = ValueCells.value(f, this);
                if (v != null) {
                    values.put(f.field(), v);
                }
            }
            List<DataRow.RowConsent> consents = new ArrayList<>();
            for (ConsentColumn c : mapping.consents()) {
                DataRow.RowConsent rc = ValueCells.consent(c, this);
                if (rc != null) {
                    consents.add(rc);
                }
            }
            return rejected ? null : new DataRow(row.line(), identity, area, values, consents);
        }

        @Override
        public long line() {
            return row.line();
        }

        @Override
        public boolean rejected() {
            return rejected;
        }

        @Override
        public String cell(String column) {
            if (column == null) {
                return "";
            }
            int i = index.get(column);
            return i < row.cells().size() ? Cells.clean(row.cells().get(i)) : "";
        }

        @Override
        public void warn(String column, String code, String message, String value) {
            if (reported.add(column + "\u0000" + code)) {
                problems.report(Problem.warning(file, row.line(), column, code, message, value));
            }
        }

        @Override
        public void reject(String column, String code, String message, String value) {
            rejected = true;
            if (reported.add(column + "\u0000" + code)) { // a column read both as identity and as data is reported once
                problems.report(Problem.rejected(file, row.line(), column, code, message, value));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
