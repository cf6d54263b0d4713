package org.hustings.ingest.register;

import java.util.Arrays;
import org.hustings.register.ElectorNumber;
import org.hustings.register.RegisterEntry;

/**
 * Renders a {@link RegisterEntry} into the cells of one full-register layout, in header order.
 * What a layout cannot carry is left out (Xpress has no title; Idox no date of birth; see
 * package-info for the table). Address lines beyond the layout's room are refused, not cut.
 */
final class EntryCells {
    private EntryCells() {
    }

    static String[] of(RegisterLayout layout, RegisterEntry e) {
        if (e.address().size() > layout.addressLines()) {
            throw new IllegalArgumentException("the " + layout.id() + " layout has room for " + layout.addressLines()
                    + " address lines; elector " + e.number() + " has " + e.address().size());
        }
        String[] c = new String[layout.header().size()];
        Arrays.fill(c, "");
        ElectorNumber n = e.number();
        switch (layout) {
            case XPRESS, XPRESS_NAME -> {
                c[0] = n.prefix();
                c[1] = Integer.toString(n.number());
                c[2] = n.suffix() > 0 ? Integer.toString(n.suffix()) : "";
                c[3] = e.markers().letters();
                c[4] = RegisterDates.slashed(e.birthDate());
                int next;
                if (layout == RegisterLayout.XPRESS) {
                    c[5] = text(e.surname());
                    c[6] = text(e.forenames());
                    next = 7;
                } else {
                    c[5] = combinedName(e);
                    next = 6;
                }
                c[next] = text(e.postcode());
                address(c, next + 1, e);
            }
            case IDOX -> {
                c[0] = n.prefix();
                c[1] = numberWithSuffix(n);
                c[2] = e.markers().letters();
                c[3] = RegisterDates.slashed(e.attainerDate());
                c[4] = (e.optedOut() ? "(z) " : "") + text(e.surname());
                c[5] = text(e.forenames());
                address(c, 6, e);
                c[17] = text(e.postcode());
            }
            case HALAROSE -> {
                c[0] = n.prefix();
                c[1] = numberWithSuffix(n);
                c[3] = text(e.title());
                c[4] = text(e.forenames());
                c[5] = text(e.initials());
                c[6] = text(e.surname());
                c[7] = text(e.nameSuffix());
                c[8] = RegisterDates.slashed(e.attainerDate());
                c[9] = e.markers().letters();
                address(c, 10, e);
                c[19] = text(e.postcode());
                c[20] = e.optedOut() ? "Y" : text(e.uprn());
            }
            case ROLLNO -> {
                c[0] = n.prefix();
                c[1] = n.suffix() > 0 ? numberWithSuffix(n) : n.number() + ".000";
                c[2] = text(e.title());
                c[3] = text(e.surname());
                c[4] = text(e.forenames());
                c[5] = text(e.initials());
                c[6] = RegisterDates.slashed(e.attainerDate());
                c[7] = e.markers().letters();
                address(c, 8, e);
                c[14] = text(e.postcode());
            }
            default -> throw new IllegalStateException(layout.id());
        }
        return c;
    }

    /** {@code Surname, Forenames}; the comma is always written so a surname of several words survives. */
    private static String combinedName(RegisterEntry e) {
        if (e.surname() == null && e.forenames() == null) {
            return "";
        }
        return text(e.surname()) + "," + (e.forenames() == null ? "" : " " + e.forenames());
    }

    static String numberWithSuffix(ElectorNumber n) {
        return n.number() + (n.suffix() > 0 ? "/" + n.suffix() : "");
    }

    private static void address(String[] c, int first, RegisterEntry e) {
        for (int i = 0; i < e.address().size(); i++) {
            c[first + i] = e.address().get(i);
        }
    }

    static String text(String s) {
        return s == null ? "" : s;
    }
}
