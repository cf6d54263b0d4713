package org.hustings.ingest.register;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Which column holds which part of a register entry — for the built-in layouts and for a
 * generic CSV with a mapping file alike. A null column name means the layout has no such column.
 *
 * @param district      polling district column when it is not simply the number's prefix
 * @param prefix        elector-number prefix (Xpress) or the PD column that doubles as prefix
 * @param number        number, possibly carrying its suffix ({@code 124/1}) or decimals ({@code 5.000})
 * @param suffix        a separate suffix column
 * @param combined      the combined form {@code BW1-4/1} (a bare number takes {@code district} as prefix)
 * @param markers       columns whose letters are the markers, in order
 * @param optOutPrefix  a surname starting "(z) " means opted out of the edited register (Idox)
 * @param optedOut      a Y/Yes/1/true column; an all-digit value longer than 5 there is a UPRN (Halarose)
 * @param houseNumber   Idox/Xpress-notice property columns, used only when every address line is blank
 * @param dateFormat    a fixed date pattern (generic mapping), or null for every form the doc lists
 */
record EntryMapping(String district, String prefix, String number, String suffix, String combined,
                    List<String> markers, String birthDate, String attainerDate, String title, String forenames,
                    String initials, String surname, String name, String nameSuffix, List<String> address,
                    String postcode, String optedOut, String uprn, boolean optOutPrefix, String houseNumber,
                    String addressPrefix, String street, DateTimeFormatter dateFormat) {

    static EntryMapping of(RegisterLayout layout) {
        List<String> h = layout.header();
        return switch (layout) {
            case XPRESS -> new EntryMapping(null, h.get(0), h.get(1), h.get(2), null, List.of(h.get(3)), h.get(4), null,
                    null, h.get(6), null, h.get(5), null, null, h.subList(8, 14), h.get(7), null, null, false,
                    null, null, null, null);
            case XPRESS_NAME -> new EntryMapping(null, h.get(0), h.get(1), h.get(2), null, List.of(h.get(3)), h.get(4),
                    null, null, null, null, null, h.get(5), null, h.subList(7, 13), h.get(6), null, null, false,
                    null, null, null, null);
            case IDOX -> new EntryMapping(null, "PD", "ENO", null, null, List.of("Flags"), null, "Attainment Date", null,
                    "Forenames", null, "Surname", null, null, h.subList(6, 14), "Postcode", null, null, true,
                    "House Number", "Address Prefix", "Street", null);
            case HALAROSE -> halarose(List.of("Franchise Flag", "Status"));
            case ROLLNO -> new EntryMapping(null, "PDCode", "RollNo", null, null, List.of("FranchiseMarker"), null,
                    "AttainersDOB", "ElectorTitle", "ElectorForename", "ElectorMiddleName", "ElectorSurname", null,
                    null, h.subList(8, 14), "PostCode", null, null, false, null, null, null, null);
        };
    }

    /** Halarose: markers are Franchise Flag then Status on the register; on a notice Status is the action. */
    static EntryMapping halarose(List<String> markerColumns) {
        return new EntryMapping(null, "PD", "ENO", null, null, markerColumns, null, "Date of Attainment", "Title",
                "First Names", "Initials", "Surname", null, "Suffix", RegisterLayout.numbered("Address", " ", 9),
                "Postcode", "Opt Out", null, false, null, null, null, null);
    }

    static EntryMapping xpressNotice() {
        List<String> h = NoticeLayout.XPRESS_NOTICE.header();
        return new EntryMapping("DistrictRef", null, null, null, "ElectorNumber", List.of("MarkersRegisterText"),
                "ElectorDOB", null, null, "ElectorForename", null, "ElectorSurname", null, null, h.subList(4, 9),
                "PropertyPostCode", null, null, false, "PropertyAddressNumber", "PropertyAddressPrefix", "StreetName",
                null);
    }
}
