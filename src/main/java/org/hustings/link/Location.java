package org.hustings.link;

import java.util.List;

/**
 * The address fields of a record compared as one: house number, street lines, town and postcode
 * are not independent evidence (people in one household agree on all of them at once), so when a
 * job has two or more of them the linker scores them as one comparison, "address", whose levels
 * read the fields' own levels together. Without this, four agreeing address fields would count
 * four times and outweigh a different name and date of birth — the household trap.
 */
final class Location {
    static final List<String> LEVELS = List.of("same address", "same address with a typo", "same postcode",
            "same street and town", "same postcode district", "same town", "different");

    private Location() {
    }

    static boolean isLocation(FieldKind k) {
        return k == FieldKind.HOUSE_NUMBER || k == FieldKind.ADDRESS || k == FieldKind.TOWN || k == FieldKind.POSTCODE;
    }

    /**
     * The address level from the member fields' levels ({@code -1} missing, else the index in that
     * field's own comparison). {@code street} is the best level over the street lines; a kind the
     * job does not have is passed as missing.
     */
    static int combine(int house, int street, int town, int postcode, boolean hasHouse) {
        if (house < 0 && street < 0 && town < 0 && postcode < 0) {
            return -1;
        }
        boolean sameHouse = house == 0 || house == 1;          // exact, or shares a number
        boolean closeHouse = house >= 0 && house <= 2;         // … or one typo
        boolean postcodeExact = postcode == 0;
        boolean postcodeClose = postcode == 0 || postcode == 3; // exact or one typo
        boolean streetExact = street == 0;
        boolean streetClose = street == 0 || street == 1;       // exact or one typo
        boolean townClose = town == 0 || town == 1;
        if (hasHouse ? sameHouse && (postcodeExact || streetExact) : postcodeExact && streetExact) {
            return 0;
        }
        if (hasHouse ? closeHouse && (postcodeClose || streetClose) : postcodeClose && streetClose) {
            return 1;
        }
        if (postcodeExact) {
            return 2;
        }
        if (streetClose && townClose) {
            return 3;
        }
        if (postcode == 1 || postcode == 2) {
            return 4;
        }
        return townClose ? 5 : 6;
    }
}
