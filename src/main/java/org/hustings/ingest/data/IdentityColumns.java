package org.hustings.ingest.data;

import java.util.List;

/**
 * The columns that identify a person, each null when the file has none. An elector number is
 * either combined ({@code BW1-4/1}) or, with {@code pollingDistrict}, the number part alone
 * ({@code 4/1}). A full name is split at its last space into forenames and surname.
 */
public record IdentityColumns(String electorNumber, String pollingDistrict, String forenames, String surname, String fullName,
                              List<String> address, String postcode, String birthDate, String email, String phone) {

    public IdentityColumns {
        address = List.copyOf(address == null ? List.of() : address);
    }

    public static IdentityColumns none() {
        return new IdentityColumns(null, null, null, null, null, List.of(), null, null, null, null);
    }

    /** Every column named, in a fixed order. */
    public List<String> columns() {
        List<String> out = new java.util.ArrayList<>();
        for (String c : new String[] {electorNumber, pollingDistrict, forenames, surname, fullName, postcode, birthDate, email, phone}) {
            if (c != null) {
                out.add(c);
            }
        }
        out.addAll(address);
        return out;
    }
}
