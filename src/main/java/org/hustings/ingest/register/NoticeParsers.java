package org.hustings.ingest.register;

import java.util.List;
import java.util.Locale;
import org.hustings.ingest.Problem;
import org.hustings.register.Alteration;
import org.hustings.register.Alteration.Action;
import org.hustings.register.RegisterEntry;

/**
 * Reads one row of a notice of alteration: the action and month in the layout's own way, then
 * the entry as the register layout it extends. Within an Xpress row, delete beats amend beats
 * create, and a row both created and deleted is skipped with warning {@code created-and-deleted}.
 */
final class NoticeParsers {
    private NoticeParsers() {
    }

    static List<TableLayout<Alteration>> layouts() {
        return List.of(
                new TableLayout<>(NoticeLayout.IDOX_NOTICE.id(), NoticeLayout.IDOX_NOTICE.header(), (h, pre) ->
                        bind(h, EntryMapping.of(RegisterLayout.IDOX), row -> symbol(row, h.index("Action"), true))),
                new TableLayout<>(NoticeLayout.HALAROSE_NOTICE.id(), NoticeLayout.HALAROSE_NOTICE.header(), (h, pre) -> {
                    String month = pre.isEmpty() ? null : lastWord(pre.get(pre.size() - 1));
                    return bind(h, EntryMapping.halarose(List.of("Franchise Flag")), row -> {
                        Choice c = symbol(row, h.index("Status"), false);
                        return c == null ? null : new Choice(c.action, month);
                    });
                }),
                new TableLayout<>(NoticeLayout.CHANGETYPE_NOTICE.id(), NoticeLayout.CHANGETYPE_NOTICE.header(), (h, pre) ->
                        bind(h, EntryMapping.of(RegisterLayout.XPRESS), row -> symbol(row, h.index("ChangeTypeID"), false))),
                new TableLayout<>(NoticeLayout.XPRESS_NOTICE.id(), NoticeLayout.XPRESS_NOTICE.header(), (h, pre) ->
                        bind(h, EntryMapping.xpressNotice(), row -> xpressMonths(row, h))));
    }

    /** The action a row states, with its month; null when rejected or skipped. */
    private record Choice(Action action, String month) {
    }

    private interface ActionReader {
        Choice read(Row row);
    }

    private static TableLayout.RowParser<Alteration> bind(Header h, EntryMapping mapping, ActionReader actions) {
        EntryParser entries = new EntryParser(mapping, h, null);
        return row -> {
            Choice c = actions.read(row);
            RegisterEntry e = entries.parse(row);
            return c == null || e == null ? null : new Alteration(row.line(), c.action, c.month, e);
        };
    }

    /** Xpress: a filled ElectorCreatedMonth / ChangedMonth / DeletedMonth cell sets that action. */
    private static Choice xpressMonths(Row row, Header h) {
        String created = row.get(h.index("ElectorCreatedMonth"));
        String changed = row.get(h.index("ElectorChangedMonth"));
        String deleted = row.get(h.index("ElectorDeletedMonth"));
        if (created != null && deleted != null) {
            row.report(Problem.Severity.WARNING, "ElectorCreatedMonth, ElectorDeletedMonth", "created-and-deleted",
                    "Created and deleted in the same notice: the row is ignored, as the notice changes nothing.",
                    created + " / " + deleted);
            return null;
        }
        if (deleted != null) {
            return new Choice(Action.DELETE, deleted);
        }
        if (changed != null) {
            return new Choice(Action.AMEND, changed);
        }
        if (created != null) {
            return new Choice(Action.CREATE, created);
        }
        row.report(Problem.Severity.REJECTED, "ElectorCreatedMonth, ElectorChangedMonth, ElectorDeletedMonth",
                "bad-action", "None of the created, changed or deleted month cells is filled, so the change is unknown.",
                null);
        return null;
    }

    /**
     * Idox {@code +Jan}/{@code -Jan}/{@code =Jan} (with month), Halarose A/D/M, ChangeTypeID N/D/M.
     */
    private static Choice symbol(Row row, int col, boolean idox) {
        String s = row.get(col);
        if (s == null) {
            row.reject(col, "missing-field", "The change (" + (idox ? "+, - or =" : "add, amend or delete")
                    + ") is blank.", null);
            return null;
        }
        Action a = null;
        String month = null;
        if (idox) {
            a = switch (s.charAt(0)) {
                case '+' -> Action.CREATE;
                case '-' -> Action.DELETE;
                case '=' -> Action.AMEND;
                default -> null;
            };
            month = s.substring(1).trim();
            month = month.isEmpty() ? null : month;
        } else if (s.length() == 1) {
            a = switch (s.toUpperCase(Locale.ROOT).charAt(0)) {
                case 'A', 'N' -> Action.CREATE;
                case 'D' -> Action.DELETE;
                case 'M' -> Action.AMEND;
                default -> null;
            };
        }
        if (a == null) {
            row.reject(col, "bad-action", "Unknown change: expected " + (idox ? "+, - or = followed by the month, "
                    + "such as +Jan" : "A or N (added), M (amended) or D (deleted)") + ".", s);
        }
        return a == null ? null : new Choice(a, month);
    }

    private static String lastWord(String line) {
        String t = line.trim();
        String word = t.substring(t.lastIndexOf(' ') + 1);
        return word.equalsIgnoreCase("additions") ? null : word;
    }
}
