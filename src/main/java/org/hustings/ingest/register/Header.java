package org.hustings.ingest.register;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A header row, looked up by column name compared the way docs/register-layouts.md says:
 * case-insensitive, with spaces, underscores and hyphens ignored.
 */
final class Header {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    Header(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.putIfAbsent(normalise(names.get(i)), i);
        }
    }

    static String normalise(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '\t' && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The column's position, or -1 when the header has no such column. */
    int index(String name) {
        return name == null ? -1 : index.getOrDefault(normalise(name), -1);
    }

    boolean hasAll(List<String> columns) {
        for (String c : columns) {
            if (index(c) < 0) {
                return false;
            }
        }
        return true;
    }

    boolean hasAny(List<String> columns) {
        for (String c : columns) {
            if (index(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return names.size();
    }

    /** The column's name as the file spells it. */
    String name(int column) {
        return names.get(column);
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
