package org.hustings.ingest.register;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import org.hustings.register.Alteration;
import org.hustings.register.RegisterEntry;

/**
 * Renders an {@link Alteration} into the cells of one notice layout. The month written is the
 * notice's month: Xpress {@code 01-Nov-2026} in the action's month cell, Idox {@code +Nov},
 * Halarose on the "Monthly Additions November" preamble line, ChangeTypeID not at all.
 */
final class NoticeCells {
    private final NoticeLayout layout;
    private final YearMonth month;
    private long count;

    NoticeCells(NoticeLayout layout, YearMonth month) {
        this.layout = layout;
        this.month = month;
    }

    /** The Halarose preamble line, whose last word is the month. */
    static String halarosePreamble(YearMonth month) {
        return "Monthly Additions " + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The month as the Alteration read back from this layout carries it. */
    static String monthText(NoticeLayout layout, YearMonth month) {
        return switch (layout) {
            case XPRESS_NOTICE -> RegisterDates.notice(month.atDay(1));
            case IDOX_NOTICE -> month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case HALAROSE_NOTICE -> month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case CHANGETYPE_NOTICE -> null;
        };
    }

    String[] of(Alteration a) {
        RegisterEntry e = a.entry();
        count++;
        return switch (layout) {
            case XPRESS_NOTICE -> xpress(a, e);
            case IDOX_NOTICE -> insert(EntryCells.of(RegisterLayout.IDOX, e), 2,
                    symbol(a.action(), "+", "=", "-") + monthText(layout, month));
            case HALAROSE_NOTICE -> {
                String[] reg = EntryCells.of(RegisterLayout.HALAROSE, e);
                reg[2] = symbol(a.action(), "A", "M", "D");
                yield insert(insert(reg, 3, ""), 3, "");
            }
            case CHANGETYPE_NOTICE -> insert(EntryCells.of(RegisterLayout.XPRESS, e), 0, symbol(a.action(), "N", "M", "D"));
        };
    }

    private String[] xpress(Alteration a, RegisterEntry e) {
        if (e.address().size() > layout.addressLines()) {
            throw new IllegalArgumentException("the xpress-notice layout has room for 5 address lines; elector "
                    + e.number() + " has " + e.address().size());
        }
        String[] c = new String[layout.header().size()];
        Arrays.fill(c, "");
        c[2] = e.number().prefix();
        for (int i = 0; i < e.address().size(); i++) {
            c[4 + i] = e.address().get(i);
        }
        c[9] = EntryCells.text(e.postcode());
        c[12] = e.number().canonical();
        c[13] = EntryCells.text(e.forenames());
        c[14] = EntryCells.text(e.surname());
        c[15] = RegisterDates.notice(e.birthDate());
        String m = monthText(layout, month);
        switch (a.action()) {
            case CREATE -> c[16] = m;
            case AMEND -> c[17] = m;
            case DELETE -> c[18] = m;
        }
        c[19] = e.markers().letters();
        c[20] = Long.toString(count);
        c[22] = m;
        return c;
    }

    private static String symbol(Alteration.Action action, String create, String amend, String delete) {
        return switch (action) {
            case CREATE -> create;
            case AMEND -> amend;
            case DELETE -> delete;
        };
    }

    private static String[] insert(String[] cells, int at, String value) {
        String[] c = new String[cells.length + 1];
        System.arraycopy(cells, 0, c, 0, at);
        c[at] = value;
        System.arraycopy(cells, at, c, at + 1, cells.length - at);
        return c;
    }
}
