package org.hustings.link.evaluate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.Row;

/**
 * A CSV file read for linkage: the header names the columns (surrounding spaces ignored, as in the
 * FEBRL files' ", " separators), values are trimmed, an empty value is missing. Ids must be
 * unique; a duplicate or a short row fails naming the file, line and field.
 *
 * @param file    where it came from
 * @param rows    one row per record, values in the order of the columns asked for
 * @param extra   the value of one further column per row (a truth cluster), or null
 */
public record CsvList(Path file, List<Row> rows, List<String> extra) {

    /** Reads {@code file}, taking {@code idColumn} as the id and {@code columns} as the values. */
    public static CsvList read(Path file, String idColumn, List<String> columns, String extraColumn) {
        if (!Files.isReadable(file)) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Cannot read the file " + file + ".");
        }
        List<Row> rows = new ArrayList<>();
        List<String> extra = extraColumn == null ? null : new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            int[] at = null;
            int idAt = -1;
            int extraAt = -1;
            for (CsvRecord rec : reader) {
                if (at == null) {
                    List<String> header = rec.getFields().stream().map(String::strip).toList();
                    idAt = column(file, header, idColumn);
                    extraAt = extraColumn == null ? -1 : column(file, header, extraColumn);
                    at = new int[columns.size()];
                    for (int i = 0; i < at.length; i++) {
                        at[i] = column(file, header, columns.get(i));
                    }
                    continue;
                }
                if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
                    continue;
                }
                long line = rec.getStartingLineNumber();
                String id = value(file, rec, idAt, idColumn, line);
                if (id == null) {
                    throw new HustingsException(ErrorCode.BAD_INPUT, file + ", line " + line + ", field " + idColumn + ": the id is empty.");
                }
                Long before = seen.put(id, line);
                if (before != null) {
                    throw new HustingsException(ErrorCode.BAD_INPUT, file + ", line " + line + ", field " + idColumn + ": the id '" + id
                            + "' was already used on line " + before + ".");
                }
                String[] values = new String[at.length];
                for (int i = 0; i < at.length; i++) {
                    values[i] = value(file, rec, at[i], columns.get(i), line);
                }
                rows.add(new Row(id, values));
                if (extra != null) {
                    extra.add(value(file, rec, extraAt, extraColumn, line));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read " + file + ": " + e.getMessage(), e);
        }
        return new CsvList(file, List.copyOf(rows), extra == null ? null : java.util.Collections.unmodifiableList(extra));
    }

    private static int column(Path file, List<String> header, String name) {
        int i = header.indexOf(name.strip());
        if (i < 0) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, file + " has no column '" + name + "'. Its columns are: "
                    + String.join(", ", header) + ".");
        }
        return i;
    }

    private static String value(Path file, CsvRecord rec, int i, String field, long line) {
        if (i >= rec.getFieldCount()) {
            throw new HustingsException(ErrorCode.BAD_INPUT, file + ", line " + line + ", field " + field
                    + ": the row has only " + rec.getFieldCount() + " values.");
        }
        String v = rec.getField(i).strip();
        return v.isEmpty() ? null : v;
    }
}
