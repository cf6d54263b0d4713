package org.hustings.rights;

import java.time.LocalDate;

/** What a requester told us about themselves, to find them: any of name, address, postcode, date of birth, email, phone. */
public record SearchQuery(String name, String address, String postcode, LocalDate birthDate, String email, String phone) {

    public boolean empty() {
        return blank(name) && blank(address) && blank(postcode) && birthDate == null && blank(email) && blank(phone);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
