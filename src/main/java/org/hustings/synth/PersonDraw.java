package org.hustings.synth;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Draws one person's name, title, markers and attainer date from a caller's generator, at the
 * rates in {@link Rates}. Household members mostly share the household's surname.
 */
final class PersonDraw {
    private static final String[] UNKNOWN_MARKERS = {"Q", "X", "J"};

    final NameLists names = NameLists.get();
    private final LocalDate edition;

    PersonDraw(LocalDate edition) {
        this.edition = edition;
    }

    /** The k-th member of a household: the first two are adults; later ones may be attainers. */
    void base(SplittableRandom r, Person p, String householdSurname, int k, boolean firstFemale) {
        boolean female = k == 0 ? firstFemale : k == 1 ? (r.nextInt(100) < 85) != firstFemale : r.nextBoolean();
        String surname = k == 0 || r.nextDouble() >= Rates.OWN_SURNAME ? householdSurname : names.surname(r);
        adult(r, p, surname, female);
        if (k >= 2 && p.markers.isEmpty() && r.nextDouble() < Rates.ATTAINER_CHILD) {
            p.attainerDate = edition.plusDays(r.nextInt(365));
            p.title = female ? (r.nextBoolean() ? "Miss" : null) : (r.nextBoolean() ? "Mr" : null);
        }
    }

    /** A 16- or 17-year-old joining a household in the given month; comes of age within a year of the next edition. */
    void attainer(SplittableRandom r, Person p, String surname, int month) {
        boolean female = r.nextBoolean();
        adult(r, p, surname, female);
        p.markers = "";
        p.optedOut = false;
        p.attainerDate = edition.plusYears(1).plusDays(r.nextInt(365));
        p.title = female ? "Miss" : "Mr";
    }

    void adult(SplittableRandom r, Person p, String surname, boolean female) {
        p.surname = surname;
        p.female = female;
        p.forenames = names.forename(r, female);
        p.initials = r.nextDouble() < Rates.MIDDLE_INITIAL ? initials(r, female) : null;
        p.title = title(r, female);
        p.markers = marker(r);
        p.optedOut = !p.markers.equals("N") && r.nextDouble() < Rates.OPTED_OUT;
    }

    /**
     * Gives a new forename to anyone in {@code people} from {@code start} on who has the same
     * forename and surname as someone before them in the dwelling: two entries with one name at
     * one address could not be told apart by a rollover.
     */
    void distinctNames(SplittableRandom r, java.util.List<Person> people, int start) {
        for (int i = start + 1; i < people.size(); i++) {
            Person p = people.get(i);
            for (int tries = 0; tries < 8 && sameNameBefore(people, start, i); tries++) {
                p.forenames = names.forename(r, p.female);
            }
        }
    }

    private static boolean sameNameBefore(java.util.List<Person> people, int start, int i) {
        Person p = people.get(i);
        for (int j = start; j < i; j++) {
            Person q = people.get(j);
            if (p.forenames != null && p.forenames.equals(q.forenames) && p.surname.equals(q.surname)) {
                return true;
            }
        }
        return false;
    }

    private String initials(SplittableRandom r, boolean female) {
        String a = names.forename(r, female).substring(0, 1);
        return r.nextInt(100) < 15 ? a + " " + names.forename(r, !female).charAt(0) : a;
    }

    private static String title(SplittableRandom r, boolean female) {
        int x = r.nextInt(1000);
        if (x < 3) {
            return "Mx";
        }
        if (x < 23) {
            return "Dr";
        }
        if (x < 26) {
            return "Revd";
        }
        if (!female) {
            return "Mr";
        }
        return x < 480 ? "Mrs" : x < 770 ? "Ms" : "Miss";
    }

    private static String marker(SplittableRandom r) {
        double u = r.nextDouble();
        double c = Rates.ANONYMOUS;
        if (u < c) {
            return "N";
        }
        if (u < (c += Rates.OVERSEAS)) {
            return "F";
        }
        if (u < (c += Rates.EU_G)) {
            return "G";
        }
        if (u < (c += Rates.EU_B)) {
            return "B";
        }
        if (u < (c += Rates.PEER)) {
            return "L";
        }
        if (u < (c += Rates.Z)) {
            return "Z";
        }
        if (u < (c += Rates.QUALIFYING)) {
            return "M";
        }
        if (u < c + Rates.UNKNOWN) {
            return UNKNOWN_MARKERS[r.nextInt(UNKNOWN_MARKERS.length)];
        }
        return "";
    }
}
