package org.hustings.ingest.register;

import static org.hustings.ingest.register.RegisterLayout.concat;
import static org.hustings.ingest.register.RegisterLayout.numbered;

import java.util.List;

/**
 * The monthly notice-of-alteration layouts Hustings reads and writes (docs/register-layouts.md),
 * each with its header and the number of address lines it can carry.
 */
public enum NoticeLayout {
    /** Xpress incremental CSV: created / changed / deleted month cells, dates like 01-Jan-2000. */
    XPRESS_NOTICE("xpress-notice", 5, concat(List.of("CompanyName", "CompanyOPCSRef", "DistrictRef", "StreetName"),
            numbered("PropertyAddress", "", 5), List.of("PropertyPostCode", "PropertyAddressPrefix",
                    "PropertyAddressNumber", "ElectorNumber", "ElectorForename", "ElectorSurname", "ElectorDOB",
                    "ElectorCreatedMonth", "ElectorChangedMonth", "ElectorDeletedMonth", "MarkersRegisterText",
                    "RecordCount", "RecordTotal", "CurrentRegisterMonth"))),
    /** The Idox header with a third column {@code Action}: {@code +Jan}, {@code -Jan}, {@code =Jan}. */
    IDOX_NOTICE("idox-notice", 8, concat(List.of("PD", "ENO", "Action"),
            RegisterLayout.IDOX.header().subList(2, RegisterLayout.IDOX.header().size()))),
    /** Halarose: "Monthly Additions … Month" lines, then rows with Status A / D / M. */
    HALAROSE_NOTICE("halarose-notice", 9, concat(List.of("PD", "ENO", "Status", "Register Code", "Clerical Error",
            "Title", "First Names", "Initials", "Surname", "Suffix", "Date of Attainment", "Franchise Flag"),
            numbered("Address", " ", 9), List.of("Postcode", "Opt Out"))),
    /** {@code ChangeTypeID} N / D / M, then the Xpress columns. */
    CHANGETYPE_NOTICE("changetype-notice", 6, concat(List.of("ChangeTypeID"), RegisterLayout.XPRESS.header()));

    private final String id;
    private final int addressLines;
    private final List<String> header;

    NoticeLayout(String id, int addressLines, List<String> header) {
        this.id = id;
        this.addressLines = addressLines;
        this.header = header;
    }

    public String id() {
        return id;
    }

    public int addressLines() {
        return addressLines;
    }

    public List<String> header() {
        return header;
    }
}
