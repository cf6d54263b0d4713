package org.hustings.ingest.data;

import java.time.LocalDate;
import java.util.List;
import org.hustings.ingest.register.Postcodes;
import org.hustings.register.ElectorNumber;
import org.hustings.register.MatchKey;
import org.hustings.register.RegisterEntry;

/**
 * Reads the identity columns of one person row into normal form — elector number, name (a full
 * name split at its last space), address lines, postcode, date of birth, email, phone — and the
 * register's {@link MatchKey} when name, address and postcode are all there. Bad cells are rejected
 * through {@link RowCells}.
 */
final class IdentityCells {
    private IdentityCells() {
    }

    static DataRow.Identity read(IdentityColumns m, RowCells row) {
        String number = null;
        String eno = row.cell(m.electorNumber());
        if (!eno.isEmpty()) {
            var parsed = m.pollingDistrict() == null ? ElectorNumber.parseCombined(eno)
                    : ElectorNumber.parseParts(row.cell(m.pollingDistrict()), eno);
            if (parsed.isEmpty()) {
                row.reject(m.electorNumber(), "bad-elector-number", "Not an elector number; expected polling district, number and any suffix, "
                        + (m.pollingDistrict() == null ? "e.g. BW1-4/1." : "e.g. 4/1 with the district in " + m.pollingDistrict() + "."), eno);
            } else {
                number = parsed.get().canonical();
            }
        }
        String forenames = m.fullName() == null ? blankToNull(row.cell(m.forenames())) : null;
        String surname = m.fullName() == null ? blankToNull(row.cell(m.surname())) : null;
        String full = row.cell(m.fullName());
        if (!full.isEmpty()) {
            int space = full.lastIndexOf(' ');
            surname = space < 0 ? full : full.substring(space + 1);
            forenames = space < 0 ? null : full.substring(0, space);
        }
        List<String> address = m.address().stream().map(row::cell).filter(s -> !s.isEmpty()).toList();
        String postcode = null;
        String pc = row.cell(m.postcode());
        if (!pc.isEmpty()) {
            postcode = Postcodes.normalise(pc);
            if (postcode == null) {
                row.reject(m.postcode(), "bad-postcode", "Not a UK postcode (e.g. BN43 5AA).", pc);
            }
        }
        LocalDate birth = null;
        String dob = row.cell(m.birthDate());
        if (!dob.isEmpty() && (birth = Cells.date(dob)) == null) {
            row.reject(m.birthDate(), "bad-date", "Not a date; expected e.g. 1990-02-28 or 28/02/1990.", dob);
        }
        String email = null;
        String em = row.cell(m.email());
        if (!em.isEmpty() && (email = Cells.email(em)) == null) {
            row.reject(m.email(), "bad-email", "Not an email address.", em);
        }
        String phone = null;
        String ph = row.cell(m.phone());
        if (!ph.isEmpty()) {
            phone = ValueCells.phone(m.phone(), ph, row);
        }
        if (number == null && surname == null && email == null && phone == null && !row.rejected()) {
            row.reject(null, "no-identity", "The row names nobody: it has no elector number, name, email or phone, so it cannot be attached to a person.", null);
        }
        String key = null;
        if (forenames != null && surname != null && !address.isEmpty() && postcode != null) {
            key = MatchKey.of(new RegisterEntry(row.line(), null, null, null, null, null, null, forenames, null, surname, null,
                    address.size() > RegisterEntry.MAX_ADDRESS_LINES ? address.subList(0, RegisterEntry.MAX_ADDRESS_LINES) : address,
                    postcode, false, null));
        }
        return new DataRow.Identity(number, forenames, surname, address, postcode, birth, email, phone, key);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
