package org.hustings.store;

import java.io.IOException;
import java.io.Writer;

/** Writes rows as RFC 4180 CSV for the engines' bulk readers: NULL is an empty unquoted field. */
final class CsvRows {
    private CsvRows() {
    }

    static void write(Writer out, Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String s = v.toString();
            if (s.isEmpty()) {
                continue;
            }
            if (needsQuotes(s)) {
                out.write('"');
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    if (ch == '"') {
                        out.write('"');
                    }
                    out.write(ch);
                }
                out.write('"');
            } else {
                out.write(s);
            }
        }
        out.write('\n');
    }

    private static boolean needsQuotes(String s) {
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ';
    }
}
