package org.hustings.register;

import java.time.LocalDate;
import java.util.List;

/**
 * One entry of an electoral register as parsed from an ERO's file, whatever its layout.
 *
 * @param line          1-based line of the file the entry came from
 * @param district      polling district code
 * @param number        elector number (prefix, number, suffix)
 * @param markers       marker letters verbatim
 * @param birthDate     date of birth where the file gives one (Xpress), else null
 * @param attainerDate  date the elector reaches voting age (attainers only), else null
 * @param title         title, e.g. Mr, Ms, Dr; null when not given
 * @param forenames     forenames; null for anonymous electors
 * @param initials      middle initials where given separately; null otherwise
 * @param surname       surname without any "(z) " opt-out prefix; null for anonymous electors
 * @param nameSuffix    suffix such as Jr; null when not given
 * @param address       up to nine address lines, blanks removed, in order; empty for anonymous
 *                      and "other" electors
 * @param postcode      postcode as supplied (upper-cased, single space), or null
 * @param optedOut      true when the elector opted out of the edited (open) register
 * @param uprn          UPRN where a vendor supplies one (not a standard field), else null
 */
public record RegisterEntry(
        long line,
        String district,
        ElectorNumber number,
        Markers markers,
        LocalDate birthDate,
        LocalDate attainerDate,
        String title,
        String forenames,
        String initials,
        String surname,
        String nameSuffix,
        List<String> address,
        String postcode,
        boolean optedOut,
        String uprn) {

    public static final int MAX_ADDRESS_LINES = 9;

    public RegisterEntry {
        address = address == null ? List.of() : List.copyOf(address);
        if (address.size() > MAX_ADDRESS_LINES) {
            throw new IllegalArgumentException("more than nine address lines");
        }
        markers = markers == null ? Markers.NONE : markers;
    }

    public boolean anonymous() {
        return markers.anonymous();
    }

    /** An "other elector": listed at the end of the district with no address. */
    public boolean otherElector() {
        return !anonymous() && address.isEmpty() && postcode == null;
    }
}
