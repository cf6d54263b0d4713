package org.hustings.ingest.register;

import java.util.List;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ProblemSink;

/**
 * One data row being read: its cells by column, its line, and the problems found in it. Cells
 * are trimmed and a blank cell is null. A row with any rejection is not handed on.
 */
final class Row {
    private final String file;
    private final Header header;
    private final ProblemSink sink;
    private List<String> cells;
    private long line;
    private boolean rejected;

    Row(String file, Header header, ProblemSink sink) {
        this.file = file;
        this.header = header;
        this.sink = sink;
    }

    void reset(long line, List<String> cells) {
        this.line = line;
        this.cells = cells;
        this.rejected = false;
    }

    long line() {
        return line;
    }

    Header header() {
        return header;
    }

    /** The trimmed cell, or null when blank or when the column is absent (index -1). */
    String get(int column) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        String s = cells.get(column).trim();
        return s.isEmpty() ? null : s;
    }

    /** The column's name as the file spells it, for problems. */
    String name(int column) {
        return column < 0 ? null : header.name(column);
    }

    boolean rejected() {
        return rejected;
    }

    void reject(int column, String code, String message, String value) {
        rejected = true;
        sink.report(Problem.rejected(file, line, name(column), code, message, value));
    }

    void warn(int column, String code, String message, String value) {
        sink.report(Problem.warning(file, line, name(column), code, message, value));
    }

    /** A problem about a field the caller names (a group of columns, or none). */
    void report(Problem.Severity severity, String field, String code, String message, String value) {
        if (severity == Problem.Severity.REJECTED) {
            rejected = true;
        }
        sink.report(new Problem(file, line, field, code, message, value, severity));
    }
}
