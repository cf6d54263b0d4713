package org.hustings.rights;

import java.time.LocalDate;

/**
 * What an incoming row says about who it is, for the suppression check: any of these may be null.
 * They are normalised (case, accents, spaces and punctuation; phone numbers to UK national form)
 * before hashing, so "O'Brien, BN43 5AA" and "OBRIEN, bn435aa" agree.
 */
public record Identifiers(String forenames, String surname, String postcode, LocalDate birthDate, String email, String phone) {

    public static Identifiers ofName(String forenames, String surname, String postcode, LocalDate birthDate) {
        return new Identifiers(forenames, surname, postcode, birthDate, null, null);
    }

    public static Identifiers ofEmail(String email) {
        return new Identifiers(null, null, null, null, email, null);
    }

    public static Identifiers ofPhone(String phone) {
        return new Identifiers(null, null, null, null, null, phone);
    }
}
