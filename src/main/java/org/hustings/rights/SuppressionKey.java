package org.hustings.rights;

import java.util.ArrayList;
import java.util.List;

/**
 * One normalised identifier of a person, ready to be hashed: its kind and text. The kinds are
 * the ones an incoming file can carry: name with postcode, name with date of birth, email, phone.
 * A name is the first forename and the surname, so "Ann Mary Smith" and "Ann Smith" agree.
 */
record SuppressionKey(String kind, String text) {

    static List<SuppressionKey> of(Identifiers id) {
        List<SuppressionKey> keys = new ArrayList<>();
        String surname = Normalise.name(id.surname());
        String first = Normalise.name(id.forenames());
        first = first.isEmpty() ? "" : first.split(" ")[0];
        if (!surname.isEmpty() && !first.isEmpty()) {
            String name = first + "|" + surname;
            String pc = Normalise.postcode(id.postcode());
            if (!pc.isEmpty()) {
                keys.add(new SuppressionKey("name_postcode", name + "|" + pc));
            }
            if (id.birthDate() != null) {
                keys.add(new SuppressionKey("name_birth_date", name + "|" + id.birthDate()));
            }
        }
        String email = Normalise.email(id.email());
        if (email.contains("@")) {
            keys.add(new SuppressionKey("email", email));
        }
        String phone = Normalise.phone(id.phone());
        if (phone.length() >= 9) {
            keys.add(new SuppressionKey("phone", phone));
        }
        return keys;
    }
}
