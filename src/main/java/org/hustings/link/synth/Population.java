package org.hustings.link.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.Set;
import net.datafaker.Faker;
import org.hustings.link.Field;
import org.hustings.link.Row;

/**
 * A synthetic register-like population: people in households (two a household on average, often
 * sharing a surname, always sharing an address), with forenames, surname, date of birth, house
 * number, street, town and a UK-shaped postcode. Name pools come from Datafaker once; surnames get
 * a long tail of made-up compounds so that a million people are not all called one of 500 names.
 * The same seed gives the same people.
 */
public final class Population {
    /** The fields of every synthetic row, in order. */
    public static final List<Field> FIELDS = Field.REGISTER;
    static final int GIVEN = 0;
    static final int SURNAME = 1;
    static final int DOB = 2;
    static final int HOUSE = 3;
    static final int STREET = 4;
    static final int TOWN = 5;
    static final int POSTCODE = 6;

    private static final String[] AREAS = {"AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "CA", "CB", "CF", "CH",
        "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY",
        "G", "GL", "GU", "HA", "HD", "HG", "HP", "HR", "HU", "HX", "IG", "IP", "KA", "KT", "KY", "L", "LA", "LD", "LE", "LL", "LN",
        "LS", "LU", "M", "ME", "MK", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PL", "PO", "PR", "RG", "RH",
        "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TF", "TN", "TQ", "TR",
        "TS", "TW", "UB", "W", "WA", "WD", "WF", "WN", "WR", "WS", "WV", "YO"};
    private static final String[] SYLLABLES = {"ash", "bar", "black", "bourne", "brook", "by", "cal", "carr", "cott", "dale", "den",
        "ford", "gate", "green", "ham", "hart", "hay", "hill", "holm", "hurst", "ing", "kirk", "lake", "land", "ley", "low", "mar",
        "mere", "mill", "more", "ness", "oak", "pen", "ridge", "ross", "shaw", "stead", "stone", "thorpe", "ton", "vale", "ward",
        "well", "white", "wick", "win", "wood", "worth", "wyn", "yard"};
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    final String[] given;
    final String[] surnames;
    final String[] streets;
    final String[] towns;

    private Population(long seed) {
        Faker faker = new Faker(Locale.UK, new Random(seed));
        given = pool(2_000, 40_000, () -> faker.name().firstName());
        Set<String> s = new LinkedHashSet<>(List.of(pool(500, 20_000, () -> faker.name().lastName())));
        SplittableRandom r = new SplittableRandom(seed);
        while (s.size() < 60_000) {
            String a = SYLLABLES[r.nextInt(SYLLABLES.length)];
            String b = SYLLABLES[r.nextInt(SYLLABLES.length)];
            String c = r.nextInt(4) == 0 ? SYLLABLES[r.nextInt(SYLLABLES.length)] : "";
            String name = a + b + c;
            s.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        surnames = s.toArray(String[]::new);
        streets = pool(3_000, 30_000, () -> faker.address().streetName());
        towns = pool(400, 10_000, () -> faker.address().city());
    }

    private static String[] pool(int want, int tries, java.util.function.Supplier<String> next) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tries && out.size() < want; i++) {
            out.add(next.get());
        }
        return out.toArray(String[]::new);
    }

    /** Name and address pools for a seed, to build people from. */
    public static Population pools(long seed) {
        return new Population(seed);
    }

    /** {@code n} people with ids P1…Pn. */
    public List<Row> people(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Row> rows = new ArrayList<>(n);
        String[] household = null;
        int left = 0;
        String familyName = null;
        for (int i = 0; i < n; i++) {
            if (left == 0) {
                household = address(r);
                left = 1 + r.nextInt(3);
                familyName = surname(r);
            }
            left--;
            String sur = r.nextInt(4) == 0 ? surname(r) : familyName;
            String[] v = new String[FIELDS.size()];
            v[GIVEN] = givenName(r);
            v[SURNAME] = sur;
            v[DOB] = LocalDate.ofEpochDay(LocalDate.of(1930, 1, 1).toEpochDay() + r.nextInt(76 * 365)).toString();
            System.arraycopy(household, 0, v, HOUSE, 4);
            rows.add(new Row("P" + (i + 1), v));
        }
        return rows;
    }

    /** A forename: a third from the 100 commonest, the rest from the whole pool. */
    String givenName(SplittableRandom r) {
        return r.nextInt(3) == 0 ? given[r.nextInt(Math.min(100, given.length))] : given[r.nextInt(given.length)];
    }

    /** A surname: 40% from the real-name head, 60% from the made-up tail. */
    String surname(SplittableRandom r) {
        int head = Math.min(500, surnames.length);
        return r.nextInt(10) < 4 ? surnames[r.nextInt(head)] : surnames[head + r.nextInt(surnames.length - head)];
    }

    /** A new address: house number, street, town, postcode. */
    String[] address(SplittableRandom r) {
        String area = AREAS[r.nextInt(AREAS.length)];
        String postcode = area + (1 + r.nextInt(30)) + " " + r.nextInt(10)
                + INWARD_LETTERS.charAt(r.nextInt(INWARD_LETTERS.length())) + INWARD_LETTERS.charAt(r.nextInt(INWARD_LETTERS.length()));
        String house = r.nextInt(8) == 0 ? "Flat " + (1 + r.nextInt(12)) + ", " + (1 + r.nextInt(200)) : String.valueOf(1 + r.nextInt(200));
        return new String[] {house, streets[r.nextInt(streets.length)], towns[r.nextInt(towns.length)], postcode};
    }
}
