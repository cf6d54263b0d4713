package org.hustings.synth;

import java.time.LocalDate;
import java.util.List;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;

/**
 * One synthetic person over the year between two editions: who they are on the first edition,
 * what the monthly notices do to them (added, amended, deleted, by month 1-11 after the edition),
 * and whether and how they appear on the next edition. Mutable, short-lived: lives as long as
 * its street is being written.
 */
final class Person {
    enum Amendment { NONE, G_TO_B, RENAMED, OPT_OUT_CHANGED }

    final String key;
    final List<String> address;
    final String postcode;
    boolean female;
    String title;
    String forenames;
    String initials;
    String surname;
    String markers = "";
    LocalDate attainerDate;
    boolean optedOut;

    /** On the first edition as published (not added later by a notice). */
    boolean inFirst;
    int addedMonth;
    int deletedMonth;
    boolean createdAndDeleted;
    Amendment amendment = Amendment.NONE;
    int amendedMonth;
    String newSurname;
    boolean inNext;

    /** Numbers given while walking the district; null when not on that edition. */
    ElectorNumber firstNumber;
    ElectorNumber nextNumber;

    Person(String key, List<String> address, String postcode) {
        this.key = key;
        this.address = address;
        this.postcode = postcode;
    }

    boolean anonymous() {
        return markers.indexOf('N') >= 0;
    }

    /** The entry as published on the first edition, or as added by a notice. */
    RegisterEntry asFirst(long line, String district) {
        return entry(line, district, firstNumber, markers, surname, optedOut, attainerDate);
    }

    /** The entry after this person's amendment. */
    RegisterEntry asAmended(long line, String district) {
        return entry(line, district, firstNumber, amendedMarkers(), amendedSurname(), amendedOptOut(), attainerDate);
    }

    /** The entry on the next edition: amendments applied, attainers who have come of age no longer marked. */
    RegisterEntry asNext(long line, String district, LocalDate nextEdition) {
        LocalDate att = attainerDate != null && !attainerDate.isBefore(nextEdition) ? attainerDate : null;
        return entry(line, district, nextNumber, amendedMarkers(), amendedSurname(), amendedOptOut(), att);
    }

    String amendedMarkers() {
        return amendment == Amendment.G_TO_B ? markers.replace('G', 'B') : markers;
    }

    String amendedSurname() {
        return amendment == Amendment.RENAMED ? newSurname : surname;
    }

    boolean amendedOptOut() {
        return amendment == Amendment.OPT_OUT_CHANGED != optedOut;
    }

    private RegisterEntry entry(long line, String district, ElectorNumber number, String marks, String sur,
                                boolean out, LocalDate attainer) {
        Markers m = markersOf(marks);
        if (m.anonymous()) {
            // Anonymous entry: number and N only, never a name or address (Representation of the People Act 1983 s 9B).
            return new RegisterEntry(line, district, number, m, null, null, null, null, null, null, null,
                    List.of(), null, false, null);
        }
        LocalDate birth = attainer == null ? null : attainer.minusYears(18);
        return new RegisterEntry(line, district, number, m, birth, attainer, title, forenames, initials, sur, null,
                address, postcode, out, null);
    }

    private static final Markers[] SINGLE = new Markers[26];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            SINGLE[c - 'A'] = new Markers(String.valueOf(c));
        }
    }

    private static Markers markersOf(String letters) {
        if (letters.isEmpty()) {
            return Markers.NONE;
        }
        if (letters.length() == 1 && letters.charAt(0) >= 'A' && letters.charAt(0) <= 'Z') {
            return SINGLE[letters.charAt(0) - 'A'];
        }
        return new Markers(letters);
    }
}
