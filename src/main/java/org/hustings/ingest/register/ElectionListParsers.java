package org.hustings.ingest.register;

import java.util.List;
import java.util.Locale;
import org.hustings.register.AbsentVoter;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/**
 * Rows of the marked register and absent-voter lists. The elector number is read like a register
 * entry's (combined {@code Elector Number}/{@code ElectorNo}, or {@code PD} and {@code ENO}), and may
 * appear once per file.
 */
final class ElectionListParsers {
    private ElectionListParsers() {
    }

    static List<TableLayout<ElectionMark>> marked() {
        return List.of(
                new TableLayout<>("marked", ElectionListLayout.MARKED.header(), (h, pre) ->
                        mark(h, numberOnly(h, "Elector Number"))),
                new TableLayout<>("marked", Signatures.MARKED_BY_PARTS, (h, pre) -> mark(h, numberOnly(h, null))));
    }

    static List<TableLayout<AbsentVoter>> absent() {
        return List.of(
                new TableLayout<>("marked-postal", ElectionListLayout.MARKED_POSTAL.header(), (h, pre) ->
                        markedPostal(h, numberOnly(h, "ElectorNo"))),
                new TableLayout<>("absent-voters", ElectionListLayout.ABSENT_VOTERS.header(), (h, pre) ->
                        absentVoter(h, numberOnly(h, "Elector Number"))),
                new TableLayout<>("absent-voters", Signatures.ABSENT_BY_PARTS, (h, pre) ->
                        absentVoter(h, numberOnly(h, null))));
    }

    private static EntryParser numberOnly(Header h, String combined) {
        EntryMapping m = new EntryMapping(null, combined == null ? "PD" : null, combined == null ? "ENO" : null, null,
                combined, List.of(), null, null, null, null, null, null, null, null, List.of(), null, null, null,
                false, null, null, null, null);
        return new EntryParser(m, h, new ElectorNumberSet());
    }

    /** V / P / In Person = in person; PV / Postal = by post; blank, N, NV, Not Voted = did not vote. */
    private static TableLayout.RowParser<ElectionMark> mark(Header h, EntryParser numbers) {
        int col = h.index("Mark");
        return row -> {
            String s = row.get(col);
            ElectionMark.Mark mark = switch (s == null ? "" : Header.normalise(s)) {
                case "v", "p", "inperson" -> ElectionMark.Mark.IN_PERSON;
                case "pv", "postal" -> ElectionMark.Mark.POSTAL;
                case "", "n", "nv", "notvoted" -> ElectionMark.Mark.NOT_VOTED;
                default -> null;
            };
            if (mark == null) {
                row.reject(col, "bad-mark", "Unknown mark: expected V (voted in person), PV (voted by post) "
                        + "or blank (did not vote).", s);
            }
            RegisterEntry e = numbers.parse(row);
            return e == null || mark == null ? null : new ElectionMark(row.line(), e.number(), mark);
        };
    }

    private static TableLayout.RowParser<AbsentVoter> absentVoter(Header h, EntryParser numbers) {
        int type = h.index("Type");
        int proxy = h.index("Proxy Name");
        return row -> {
            AbsentVoter.Kind kind = kind(row, type, true);
            RegisterEntry e = numbers.parse(row);
            return e == null || kind == null ? null : new AbsentVoter(row.line(), e.number(), kind, null, row.get(proxy));
        };
    }

    /** Marked postal list: PVSStatus non-zero = postal ballot returned; Type Postal or PostalProxy. */
    private static TableLayout.RowParser<AbsentVoter> markedPostal(Header h, EntryParser numbers) {
        int type = h.index("Type");
        int status = h.index("PVSStatus");
        return row -> {
            AbsentVoter.Kind kind = kind(row, type, false);
            String s = row.get(status);
            Boolean returned = null;
            if (s == null) {
                returned = Boolean.FALSE;
            } else if (s.chars().allMatch(c -> c >= '0' && c <= '9') && s.length() <= 9) {
                returned = Integer.parseInt(s) != 0;
            } else {
                row.reject(status, "bad-mark", "PVSStatus must be a number: 0 for not returned, any other for "
                        + "a returned postal ballot.", s);
            }
            RegisterEntry e = numbers.parse(row);
            return e == null || kind == null || returned == null ? null
                    : new AbsentVoter(row.line(), e.number(), kind, returned, null);
        };
    }

    private static AbsentVoter.Kind kind(Row row, int col, boolean proxyAllowed) {
        String s = row.get(col);
        if (s == null) {
            row.reject(col, "missing-field", "The absent-vote type is blank.", null);
            return null;
        }
        AbsentVoter.Kind k = switch (Header.normalise(s).toLowerCase(Locale.ROOT)) {
            case "postal" -> AbsentVoter.Kind.POSTAL;
            case "proxy" -> proxyAllowed ? AbsentVoter.Kind.PROXY : null;
            case "postalproxy" -> AbsentVoter.Kind.POSTAL_PROXY;
            default -> null;
        };
        if (k == null) {
            row.reject(col, "bad-absent-type", "Unknown absent-vote type: expected " + (proxyAllowed
                    ? "Postal, Proxy or PostalProxy." : "Postal or PostalProxy (a marked postal list has postal voters only)."), s);
        }
        return k;
    }
}
