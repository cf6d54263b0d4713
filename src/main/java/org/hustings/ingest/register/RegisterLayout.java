package org.hustings.ingest.register;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The full-register layouts Hustings reads and writes, each with its header exactly as
 * docs/register-layouts.md gives it and the number of address lines it can carry.
 */
public enum RegisterLayout {
    /** Xpress / Democracy Counts, 14 fields. */
    XPRESS("xpress", 6, concat(List.of("Elector Number Prefix", "Elector Number", "Elector Number Suffix",
            "Elector Markers", "Elector DOB", "Elector Surname", "Elector Forename", "PostCode"), numbered("Address", "", 6))),
    /** Xpress with one {@code Elector Name} in place of surname and forename, 13 fields. */
    XPRESS_NAME("xpress-name", 6, concat(List.of("Elector Number Prefix", "Elector Number", "Elector Number Suffix",
            "Elector Markers", "Elector DOB", "Elector Name", "PostCode"), numbered("Address", "", 6))),
    /** Idox: a "(z) " surname prefix marks an opt-out of the edited register. */
    IDOX("idox", 8, concat(List.of("PD", "ENO", "Flags", "Attainment Date", "Surname", "Forenames"),
            numbered("Address", " ", 8), List.of("House Number", "Address Prefix", "Street", "Postcode"))),
    /** Halarose EROS "pp50". */
    HALAROSE("halarose", 9, concat(List.of("PD", "ENO", "Status", "Title", "First Names", "Initials", "Surname", "Suffix",
            "Date of Attainment", "Franchise Flag"), numbered("Address", " ", 9), List.of("Postcode", "Opt Out"))),
    /** The "RollNo" layout seen from another supplier. */
    ROLLNO("rollno", 6, concat(List.of("PDCode", "RollNo", "ElectorTitle", "ElectorSurname", "ElectorForename",
            "ElectorMiddleName", "AttainersDOB", "FranchiseMarker"), numbered("RegisteredAddress", "", 6),
            List.of("PostCode", "Euro", "Parl", "County", "Ward", "SubHouse", "House")));

    private final String id;
    private final int addressLines;
    private final List<String> header;

    RegisterLayout(String id, int addressLines, List<String> header) {
        this.id = id;
        this.addressLines = addressLines;
        this.header = header;
    }

    /** The layout id used in docs, problems and the dataset table, e.g. {@code xpress-name}. */
    public String id() {
        return id;
    }

    /** How many address lines the layout has room for. */
    public int addressLines() {
        return addressLines;
    }

    /** The header row, in order. */
    public List<String> header() {
        return header;
    }

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return Collections.unmodifiableList(all);
    }

    static List<String> numbered(String stem, String gap, int count) {
        List<String> names = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            names.add(stem + gap + i);
        }
        return names;
    }
}
