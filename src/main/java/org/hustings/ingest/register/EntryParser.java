package org.hustings.ingest.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;

/**
 * Reads a {@link RegisterEntry} from a row through an {@link EntryMapping}, bound to the
 * header's column positions once. Every fault in the row is reported (not just the first);
 * faults reject the row, oddities that lose nothing are warnings and the row goes on.
 */
final class EntryParser {
    private final int district;
    private final int prefix;
    private final int number;
    private final int suffix;
    private final int combined;
    private final int[] markers;
    private final int birthDate;
    private final int attainerDate;
    private final int title;
    private final int forenames;
    private final int initials;
    private final int surname;
    private final int name;
    private final int nameSuffix;
    private final int[] address;
    private final int postcode;
    private final int optedOut;
    private final int uprn;
    private final int houseNumber;
    private final int addressPrefix;
    private final int street;
    private final EntryMapping mapping;
    private final ElectorNumberSet seen;

    /** @param seen the numbers read so far, to reject a duplicate; null where repeats are expected (notices) */
    EntryParser(EntryMapping m, Header h, ElectorNumberSet seen) {
        this.mapping = m;
        this.seen = seen;
        district = h.index(m.district());
        prefix = h.index(m.prefix());
        number = h.index(m.number());
        suffix = h.index(m.suffix());
        combined = h.index(m.combined());
        markers = m.markers().stream().mapToInt(h::index).toArray();
        birthDate = h.index(m.birthDate());
        attainerDate = h.index(m.attainerDate());
        title = h.index(m.title());
        forenames = h.index(m.forenames());
        initials = h.index(m.initials());
        surname = h.index(m.surname());
        name = h.index(m.name());
        nameSuffix = h.index(m.nameSuffix());
        address = m.address().stream().mapToInt(h::index).toArray();
        postcode = h.index(m.postcode());
        optedOut = h.index(m.optedOut());
        uprn = h.index(m.uprn());
        houseNumber = h.index(m.houseNumber());
        addressPrefix = h.index(m.addressPrefix());
        street = h.index(m.street());
    }

    /** The entry, or null when the row was rejected (its problems already reported). */
    RegisterEntry parse(Row row) {
        ElectorNumber n = number(row);
        String districtCode = row.get(district) != null ? row.get(district).toUpperCase(Locale.ROOT)
                : n == null ? null : n.prefix();
        Markers marks = markers(row);
        LocalDate born = date(row, birthDate);
        LocalDate attains = date(row, attainerDate);
        Names names = new Names(row.get(title), row.get(forenames), row.get(initials), row.get(surname),
                row.get(nameSuffix));
        if (name >= 0 && row.get(name) != null) {
            names.split(row.get(name));
        }
        boolean optOut = false;
        if (mapping.optOutPrefix() && names.surname != null && names.surname.regionMatches(true, 0, "(z)", 0, 3)) {
            optOut = true;
            names.surname = Names.blankToNull(names.surname.substring(3));
        }
        String uprnValue = row.get(uprn);
        String optCell = row.get(optedOut);
        if (optCell != null) {
            if (isYes(optCell)) {
                optOut = true;
            } else if (optCell.length() > 5 && optCell.chars().allMatch(c -> c >= '0' && c <= '9')) {
                uprnValue = optCell;
            }
        }
        List<String> lines = addressLines(row);
        String post = postcode(row);
        if (marks.anonymous() && (names.any() || !lines.isEmpty() || post != null || uprnValue != null
                || born != null || attains != null)) {
            // Anonymous registration (Representation of the People Act 1983 s.9B): the entry shows the
            // elector number and "N" only, so nothing else on the row is loaded.
            row.warn(-1, "anonymous-with-name", "Anonymous elector (marker N) with a name, address or date: only "
                    + "the number and the marker are loaded (Representation of the People Act 1983 s.9B).", null);
            names = new Names(null, null, null, null, null);
            lines = List.of();
            post = null;
            uprnValue = null;
            born = null;
            attains = null;
        }
        if (row.rejected()) {
            return null;
        }
        if (seen != null && !seen.add(n)) {
            row.reject(combined >= 0 ? combined : number, "duplicate-elector-number",
                    "Elector number " + n + " appears earlier in this file.", n.canonical());
            return null;
        }
        return new RegisterEntry(row.line(), districtCode, n, marks, born, attains, names.title, names.forenames,
                names.initials, names.surname, names.suffix, lines, post, optOut, uprnValue);
    }

    private ElectorNumber number(Row row) {
        if (combined >= 0) {
            String text = row.get(combined);
            if (text == null) {
                row.reject(combined, "missing-field", "The elector number is blank.", null);
                return null;
            }
            Optional<ElectorNumber> n = ElectorNumber.parseCombined(text);
            if (n.isEmpty() && row.get(district) != null) {
                n = ElectorNumber.parseParts(row.get(district), text);
            }
            if (n.isEmpty()) {
                row.reject(combined, "bad-elector-number", "Not an elector number: expected PREFIX-NUMBER or "
                        + "PREFIX-NUMBER/SUFFIX such as BW1-4/1.", text);
            }
            return n.orElse(null);
        }
        String p = row.get(prefix);
        String num = row.get(number);
        if (p == null || num == null) {
            int col = p == null ? prefix : number;
            row.reject(col, "missing-field", p == null ? "The polling district (the elector number's prefix) is blank."
                    : "The elector number is blank.", null);
            return null;
        }
        Optional<ElectorNumber> n = suffix >= 0 ? ElectorNumber.parseParts(p, num, row.get(suffix))
                : ElectorNumber.parseParts(p, num);
        if (n.isEmpty()) {
            String value = p + " " + num + (suffix >= 0 && row.get(suffix) != null ? "/" + row.get(suffix) : "");
            row.reject(number, "bad-elector-number", "Not an elector number: the number and suffix must be digits "
                    + "(such as 124, 124/1 or 5.000).", value);
        }
        return n.orElse(null);
    }

    private Markers markers(Row row) {
        StringBuilder b = new StringBuilder();
        for (int col : markers) {
            if (row.get(col) != null) {
                b.append(row.get(col)).append(' ');
            }
        }
        Markers m = Markers.parse(b.toString());
        if (!m.unknown().isEmpty()) {
            row.warn(markers.length > 0 ? markers[0] : -1, "unknown-marker", "Marker letter(s) " + m.unknown()
                    + " are not markers Hustings knows; kept as given. Ask the ERO what they mean.", m.letters());
        }
        return m;
    }

    private LocalDate date(Row row, int col) {
        String text = row.get(col);
        if (text == null) {
            return null;
        }
        LocalDate d = mapping.dateFormat() != null ? RegisterDates.parse(text, mapping.dateFormat())
                : RegisterDates.parse(text);
        if (d == null) {
            row.reject(col, "bad-date", "Not a valid date: expected " + (mapping.dateFormat() != null
                    ? "the mapping file's date_format" : "dd/MM/yyyy, yyyy-MM-dd, 01-Jan-2000 or dd.MM.yyyy") + ".", text);
        }
        return d;
    }

    private List<String> addressLines(Row row) {
        List<String> lines = new ArrayList<>(address.length);
        for (int col : address) {
            if (row.get(col) != null) {
                lines.add(row.get(col));
            }
        }
        if (lines.isEmpty() && (row.get(houseNumber) != null || row.get(street) != null || row.get(addressPrefix) != null)) {
            if (row.get(addressPrefix) != null) {
                lines.add(row.get(addressPrefix));
            }
            String road = ((row.get(houseNumber) == null ? "" : row.get(houseNumber)) + " "
                    + (row.get(street) == null ? "" : row.get(street))).trim();
            if (!road.isEmpty()) {
                lines.add(road);
            }
        }
        if (lines.size() > RegisterEntry.MAX_ADDRESS_LINES) {
            row.report(org.hustings.ingest.Problem.Severity.REJECTED, "address", "too-many-address-lines",
                    "An entry has at most " + RegisterEntry.MAX_ADDRESS_LINES + " address lines; this row has "
                            + lines.size() + ".", String.join(" | ", lines));
            return List.of();
        }
        return lines;
    }

    private String postcode(Row row) {
        String text = row.get(postcode);
        if (text == null) {
            return null;
        }
        String normal = Postcodes.normalise(text);
        if (normal == null) {
            row.warn(postcode, "bad-postcode", "Not a UK postcode; kept as supplied.", text);
            return text;
        }
        return normal;
    }

    private static boolean isYes(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "1", "true", "t" -> true;
            default -> false;
        };
    }
}
