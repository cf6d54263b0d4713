package org.hustings.synth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import net.datafaker.Faker;

/**
 * Name and place lists, loaded once into arrays and picked from with a caller's
 * {@link SplittableRandom}: calling Datafaker per elector is far too slow for 46 million rows.
 * Datafaker (en-GB) supplies the long tail of forenames and surnames; short lists of the most
 * common British names are picked more often so the register looks British. Every character is
 * representable in windows-1252, which the Xpress layouts are written in.
 */
final class NameLists {
    private static final String[] COMMON_SURNAMES = {
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
        "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
        "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
        "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
        "Kowalski", "Nowak", "Ahmed", "Shah", "Chowdhury", "Okafor", "Mensah", "Nguyen", "Da Silva", "Rahman"};
    private static final String[] UNUSUAL_SURNAMES = {
        "O'Neill", "O'Brien", "O'Connor", "O'Sullivan", "D'Souza", "O'Néill", "Müller", "Núñez", "Gómez",
        "Lefèvre", "Ó Briain", "Fernández", "Brontë", "D'Arcy", "Nic Amhlaoibh"};
    private static final String[] COMMON_MALE = {
        "David", "John", "Paul", "Michael", "Andrew", "Peter", "James", "Robert", "Mark", "Richard", "Stephen",
        "Christopher", "Ian", "Daniel", "Thomas", "Matthew", "Simon", "Gary", "Anthony", "Alan", "Oliver",
        "George", "Harry", "Jack", "Jacob", "Charlie", "William", "Noah", "Muhammad", "Oscar", "Leo", "Arthur",
        "Alfie", "Joshua", "Ryan", "Liam", "Connor", "Dylan", "Gareth", "Rhys", "Owen", "Callum", "Jamie", "Nigel",
        "Graham", "Keith", "Trevor", "Colin", "Barry", "Kevin"};
    private static final String[] COMMON_FEMALE = {
        "Susan", "Sarah", "Margaret", "Elizabeth", "Helen", "Julie", "Karen", "Jennifer", "Claire", "Emma",
        "Nicola", "Lisa", "Rachel", "Amanda", "Catherine", "Jane", "Patricia", "Linda", "Deborah", "Joanne",
        "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Freya", "Ella", "Charlotte",
        "Jessica", "Hannah", "Chloe", "Lucy", "Megan", "Bethan", "Rhiannon", "Eleanor", "Alice", "Pauline",
        "Sandra", "Gillian", "Wendy", "Janet", "Hazel", "Fatima", "Aisha", "Priya", "Niamh"};
    private static final String[] UNUSUAL_FORENAMES = {
        "Zoë", "Siân", "Chloë", "Renée", "José", "Seán", "Gráinne", "Noël", "Siobhán", "Anaïs", "Bríd", "Séamus",
        "Aoife", "Dafydd", "Ffion", "Zoë-Jane", "Mary-Ann", "Jean-Luc", "Björn", "Eilís"};
    private static final String[] STREET_WORDS = {
        "Church", "Mill", "Station", "School", "Park", "Manor", "Victoria", "Albert", "Orchard", "Meadow",
        "Brook", "Bridge", "Castle", "Abbey", "Priory", "Chapel", "Windmill", "Forge", "Market", "Grange",
        "Hillside", "Riverside", "Oak", "Elm", "Ash", "Beech", "Birch", "Willow", "Hawthorn", "Chestnut", "Rowan",
        "Holly", "Maple", "Cedar", "Lime", "Poplar", "Sycamore", "Laburnum", "Lavender", "Primrose", "Clover",
        "Heather", "Downs", "Shoreham", "Coastguard", "Harbour", "Beach", "Ferry", "Links", "Kingston", "Southwick",
        "Sompting", "Lancing", "Worthing", "Brighton", "London", "Beach Green", "Old School", "New", "North",
        "South", "East", "West", "Upper", "Lower", "Greenfield", "Fairfield", "Highfield", "Broadwater", "Cokeham",
        "St Mary's", "St John's", "St Peter's", "King's", "Queen's", "Bishop's", "Mariners", "Coronation", "Jubilee"};
    private static final String[] STREET_TYPES = {"Road", "Street", "Lane", "Close", "Avenue", "Drive", "Way",
        "Gardens", "Crescent", "Grove", "Place", "Terrace", "Court", "Mews", "Rise", "Walk", "Hill", "View", "Green"};
    private static final int[] STREET_TYPE_WEIGHTS = Seeds.cumulative(25, 12, 10, 12, 8, 7, 6, 4, 4, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1);
    private static final String[] CLASSIC_STREETS = {"High Street", "The Street", "The Green", "The Avenue",
        "The Crescent", "The Drive", "The Close", "The Parade", "The Broadway", "The Strand"};
    private static final String[] TOWN_STEMS = {"Ash", "Brook", "Church", "Elm", "Fair", "Green", "Hazel", "Kings",
        "Long", "Mill", "New", "North", "Oak", "Red", "Stan", "Thorn", "West", "Whit", "Wood", "Bex", "Brad", "Chal",
        "Dun", "Hart", "Lang", "Mar", "Ring", "Sand", "Shel", "Wal", "Sompt", "Lanc", "Bramb", "Find", "Stey"};
    private static final String[] TOWN_ENDS = {"ford", "ham", "ton", "field", "ley", "bury", "wood", "worth", "by",
        "stead", "well", "combe", "den", "hurst", "mere", "ing", "ington", "borough"};
    private static final String[] POSTCODE_AREAS = {"BN", "RH", "GU", "PO", "SO", "OX", "CB", "NR", "IP", "CO", "CM",
        "SS", "ME", "CT", "TN", "LE", "NG", "DE", "CV", "WR", "HR", "SY", "LL", "CF", "SA", "NP", "EX", "TQ", "PL",
        "TR", "BA", "BS", "GL", "SN", "SP", "DT", "BH", "YO", "HG", "LS", "BD", "HX", "HD", "WF", "DN", "LN", "PE",
        "MK", "LU", "SG", "AL", "HP", "RG", "SL", "KT", "CR", "BR", "DA", "EN", "S", "M", "L", "B", "G", "E"};

    private static final NameLists INSTANCE = new NameLists();

    final String[] surnames;
    final String[] maleNames;
    final String[] femaleNames;

    private NameLists() {
        Faker faker = new Faker(Locale.UK);
        surnames = merged(fetch(faker, "name.last_name"));
        maleNames = merged(fetch(faker, "name.male_first_name"));
        femaleNames = merged(fetch(faker, "name.female_first_name"));
    }

    static NameLists get() {
        return INSTANCE;
    }

    String surname(SplittableRandom r) {
        if (r.nextInt(200) == 0) {
            return UNUSUAL_SURNAMES[r.nextInt(UNUSUAL_SURNAMES.length)];
        }
        return r.nextInt(100) < 72 ? skewed(r, COMMON_SURNAMES) : surnames[r.nextInt(surnames.length)];
    }

    String forename(SplittableRandom r, boolean female) {
        if (r.nextInt(200) == 0) {
            return UNUSUAL_FORENAMES[r.nextInt(UNUSUAL_FORENAMES.length)];
        }
        if (r.nextInt(100) < 60) {
            return skewed(r, female ? COMMON_FEMALE : COMMON_MALE);
        }
        String[] tail = female ? femaleNames : maleNames;
        return tail[r.nextInt(tail.length)];
    }

    String streetName(SplittableRandom r) {
        int kind = r.nextInt(100);
        if (kind < 4) {
            return CLASSIC_STREETS[r.nextInt(CLASSIC_STREETS.length)];
        }
        String word = kind < 45 ? STREET_WORDS[r.nextInt(STREET_WORDS.length)] : skewed(r, COMMON_SURNAMES);
        if (kind >= 70) {
            word = surnames[r.nextInt(surnames.length)];
        }
        return word + " " + STREET_TYPES[Seeds.weighted(r, STREET_TYPE_WEIGHTS)];
    }

    String town(SplittableRandom r) {
        return TOWN_STEMS[r.nextInt(TOWN_STEMS.length)] + TOWN_ENDS[r.nextInt(TOWN_ENDS.length)];
    }

    String postcodeArea(SplittableRandom r) {
        return POSTCODE_AREAS[r.nextInt(POSTCODE_AREAS.length)];
    }

    /** Favours the front of a list ordered by frequency. */
    private static String skewed(SplittableRandom r, String[] list) {
        int a = r.nextInt(list.length);
        int b = r.nextInt(list.length);
        return list[Math.min(a, b)];
    }

    private static List<String> fetch(Faker faker, String key) {
        Object o = faker.fakeValuesService().fetchObject(key, faker.getContext());
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> list) {
            for (Object x : list) {
                String s = String.valueOf(x);
                if (!s.contains("#{") && s.chars().allMatch(c -> c < 256)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String[] merged(List<String> fromFaker) {
        Set<String> all = new LinkedHashSet<>(fromFaker);
        if (all.isEmpty()) {
            throw new IllegalStateException("Datafaker supplied no names; is its en-GB data on the class path?");
        }
        return all.toArray(String[]::new);
    }
}
