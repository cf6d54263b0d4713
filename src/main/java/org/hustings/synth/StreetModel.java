package org.hustings.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Everyone who lives on one street during the year between two editions, in street order:
 * house by house, in each dwelling first the electors of the first edition, then those who
 * arrive during the year. Drawn from the street's own seeds only, so the street comes out the
 * same whichever edition, notice or list is being written.
 */
final class StreetModel {
    private static final int MONTHS = 11;
    private static final int[] NEW_HOUSEHOLD = Seeds.cumulative(40, 40, 20);

    private StreetModel() {
    }

    static List<Person> build(DistrictPlan district, DistrictPlan.Street street, LocalDate edition) {
        StreetShape shape = StreetShape.of(street.seed(), street.cap());
        SplittableRandom people = Seeds.of(street.seed(), Seeds.PEOPLE);
        SplittableRandom year = Seeds.of(street.seed(), Seeds.TIMELINE);
        PersonDraw draw = new PersonDraw(edition);
        int houses = shape.houseNumbers.length;
        List<Person> out = new ArrayList<>(shape.electors + 8);
        for (int w = 0; w < shape.dwellings(); w++) {
            int house = shape.dwellingHouse[w];
            String line1 = shape.houseNumbers[house] + " " + street.name();
            List<String> address = address(shape.dwellingFlat[w], line1, street.locality(), district.town);
            String postcode = street.postcodes()[house * street.postcodes().length / Math.max(1, houses)];
            String prefix = district.code + "/" + street.index() + "/" + w + "/";
            String surname = draw.names.surname(people);
            boolean firstFemale = people.nextBoolean();
            int size = shape.size[w];
            int start = out.size();
            for (int k = 0; k < size; k++) {
                Person p = new Person(prefix + k, address, postcode);
                draw.base(people, p, surname, k, firstFemale);
                p.inFirst = true;
                p.inNext = true;
                out.add(p);
            }
            // The year: whole households move, people leave and join, the ERO amends entries.
            if (size > 0 && year.nextDouble() < Rates.HOUSEHOLD_MOVES) {
                int moved = 1 + year.nextInt(MONTHS);
                for (int i = start; i < out.size(); i++) {
                    out.get(i).deletedMonth = moved;
                    out.get(i).inNext = false;
                }
                if (year.nextDouble() < Rates.NEW_HOUSEHOLD_IN) {
                    arrive(draw, year, out, prefix, address, postcode, moved);
                }
            } else if (size > 0) {
                for (int i = start; i < start + size; i++) {
                    yearOf(draw, year, out.get(i));
                }
                if (year.nextDouble() < Rates.ATTAINER_JOINS) {
                    Person a = joiner(year, prefix + "a", address, postcode, 1 + year.nextInt(MONTHS));
                    draw.attainer(year, a, surname, a.addedMonth);
                    out.add(a);
                }
                if (year.nextDouble() < Rates.ADULT_JOINS) {
                    Person a = joiner(year, prefix + "j", address, postcode, 1 + year.nextInt(MONTHS));
                    draw.adult(year, a, draw.names.surname(year), year.nextBoolean());
                    out.add(a);
                }
            } else if (year.nextDouble() < Rates.EMPTY_FILLED) {
                arrive(draw, year, out, prefix, address, postcode, 1);
            }
            draw.distinctNames(year, out, start);
            if (year.nextDouble() < Rates.CREATED_AND_DELETED) {
                int m = 1 + year.nextInt(MONTHS);
                Person ghost = joiner(year, prefix + "x", address, postcode, m);
                draw.adult(year, ghost, draw.names.surname(year), year.nextBoolean());
                ghost.deletedMonth = m;
                ghost.createdAndDeleted = true;
                ghost.inNext = false;
                out.add(ghost);
            }
        }
        return out;
    }

    /** A new household moves in, in or after the given month. */
    private static void arrive(PersonDraw draw, SplittableRandom year, List<Person> out, String prefix,
                               List<String> address, String postcode, int from) {
        int month = from + year.nextInt(MONTHS - from + 1);
        int size = 1 + Seeds.weighted(year, NEW_HOUSEHOLD);
        String surname = draw.names.surname(year);
        boolean female = year.nextBoolean();
        for (int k = 0; k < size; k++) {
            Person p = joiner(year, prefix + "n" + k, address, postcode, month);
            draw.base(year, p, surname, k, female);
            if (p.attainerDate != null) {
                p.attainerDate = null;
            }
            out.add(p);
        }
    }

    private static Person joiner(SplittableRandom year, String key, List<String> address, String postcode, int month) {
        Person p = new Person(key, address, postcode);
        p.addedMonth = month;
        p.inNext = true;
        return p;
    }

    /** What happens in the year to one elector of the first edition who stays in the household. */
    private static void yearOf(PersonDraw draw, SplittableRandom year, Person p) {
        if (year.nextDouble() < Rates.PERSON_LEAVES) {
            p.deletedMonth = 1 + year.nextInt(MONTHS);
            p.inNext = false;
            return;
        }
        if (p.anonymous()) {
            return;
        }
        if (p.markers.indexOf('G') >= 0 && year.nextDouble() < Rates.G_TO_B) {
            p.amendment = Person.Amendment.G_TO_B;
        } else if (year.nextDouble() < Rates.RENAMED) {
            p.amendment = Person.Amendment.RENAMED;
            p.newSurname = draw.names.surname(year);
            if (p.newSurname.equals(p.surname)) {
                p.newSurname = p.surname + "-" + draw.names.surname(year);
            }
        } else if (year.nextDouble() < Rates.OPT_OUT_CHANGED) {
            p.amendment = Person.Amendment.OPT_OUT_CHANGED;
        }
        if (p.amendment != Person.Amendment.NONE) {
            p.amendedMonth = 1 + year.nextInt(MONTHS);
        }
    }

    private static List<String> address(int flat, String line1, String locality, String town) {
        if (flat > 0) {
            return locality == null ? List.of("Flat " + flat, line1, town) : List.of("Flat " + flat, line1, locality, town);
        }
        return locality == null ? List.of(line1, town) : List.of(line1, locality, town);
    }
}
