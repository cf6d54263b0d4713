package org.hustings.ingest.register;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hustings.ingest.Problem;

/**
 * Every layout Hustings knows, by the columns that identify it, most specific first (a notice
 * has all its register layout's columns and more). Used to tell a user who gave the wrong kind of
 * file what it is, and to word the problem when a header matches nothing.
 */
final class Signatures {
    static final String GENERIC = "generic";

    /** Alternative short headers of the election lists: {@code PD, ENO, …}. */
    static final List<String> MARKED_BY_PARTS = List.of("PD", "ENO", "Mark");
    static final List<String> ABSENT_BY_PARTS = List.of("PD", "ENO", "Type", "Proxy Name");

    private static final List<Map.Entry<String, List<String>>> ALL = build();

    private Signatures() {
    }

    private static List<Map.Entry<String, List<String>>> build() {
        List<Map.Entry<String, List<String>>> all = new ArrayList<>();
        for (NoticeLayout l : NoticeLayout.values()) {
            all.add(Map.entry(l.id(), l.header()));
        }
        for (RegisterLayout l : RegisterLayout.values()) {
            all.add(Map.entry(l.id(), l.header()));
        }
        for (ElectionListLayout l : ElectionListLayout.values()) {
            all.add(Map.entry(l.id(), l.header()));
        }
        all.add(Map.entry(ElectionListLayout.MARKED.id(), MARKED_BY_PARTS));
        all.add(Map.entry(ElectionListLayout.ABSENT_VOTERS.id(), ABSENT_BY_PARTS));
        return List.copyOf(all);
    }

    /** The most specific known layout whose columns the header has, or null. */
    static String detect(Header header) {
        for (Map.Entry<String, List<String>> s : ALL) {
            if (header.hasAll(s.getValue())) {
                return s.getKey();
            }
        }
        return null;
    }

    static <T> String describe(List<TableLayout<T>> layouts) {
        Set<String> ids = new LinkedHashSet<>();
        layouts.forEach(l -> ids.add(l.id()));
        return String.join(", ", ids) + " (see docs/register-layouts.md)";
    }

    /**
     * The one problem for a header this reader cannot read: {@code unknown-layout} when it is
     * another kind's layout or names some known columns (saying which are missing from the nearest
     * layout), {@code no-header} when it names none (most likely a data row).
     */
    static <T> Problem unrecognised(String file, long line, String kind, List<TableLayout<T>> layouts, Header header,
                                    String otherKind) {
        String seen = header.toString();
        if (otherKind != null) {
            return Problem.rejected(file, line, null, "unknown-layout", "The header is that of the " + otherKind
                    + " layout, which is not a " + kind + " file. A " + kind + " file has the header of one of: " + describe(layouts)
                    + ". Header seen: " + seen, seen);
        }
        TableLayout<T> nearest = null;
        int best = 0;
        for (TableLayout<T> l : layouts) {
            int found = 0;
            for (String c : l.columns()) {
                found += header.index(c) >= 0 ? 1 : 0;
            }
            if (found > best) {
                best = found;
                nearest = l;
            }
        }
        if (nearest == null) {
            return Problem.rejected(file, line, null, "no-header", "The first line is not a header of a " + kind
                    + " file; it should be the header of one of: " + describe(layouts) + ". First line seen: " + seen,
                    seen);
        }
        List<String> missing = new ArrayList<>();
        for (String c : nearest.columns()) {
            if (header.index(c) < 0) {
                missing.add(c);
            }
        }
        return Problem.rejected(file, line, null, "unknown-layout", "The header matches no " + kind
                + " layout Hustings knows: " + describe(layouts) + ". Nearest is " + nearest.id() + ", which also needs "
                + String.join(", ", missing) + ". Header seen: " + seen, seen);
    }
}
