package org.hustings.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One polling district laid out before any elector is drawn: its code, town, postcode outward
 * code and its streets in street order (alphabetical, as EROs list them when walking order is
 * not practicable), each with its own seed, its postcode units and how many electors it holds.
 * Memory is about a hundred bytes per street, never per elector.
 */
final class DistrictPlan {
    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    /** One street of the plan; {@code units} postcodes cover consecutive runs of its houses. */
    record Street(int index, String name, String locality, long seed, int cap, String[] postcodes) {
    }

    final int index;
    final String code;
    final String town;
    final String outward;
    final List<Street> streets;
    final int otherElectors;
    final long electors;

    private DistrictPlan(int index, String code, String town, String outward, List<Street> streets, int others, long electors) {
        this.index = index;
        this.code = code;
        this.town = town;
        this.outward = outward;
        this.streets = streets;
        this.otherElectors = others;
        this.electors = electors;
    }

    /** District codes AA1, AB2, AC3 …: two letters counting up, then a digit. */
    static String code(int d) {
        int hi = (d / 26) % 26;
        int lo = d % 26;
        String letters = "" + (char) ('A' + hi) + (char) ('A' + lo);
        String extra = d >= 676 ? Integer.toString(d / 676) : "";
        return letters + extra + (d % 9 + 1);
    }

    static DistrictPlan of(long seed, int d, long target, String area, int outwardBase) {
        SplittableRandom r = Seeds.rng(seed, Seeds.DISTRICT, d, 0);
        NameLists names = NameLists.get();
        String town = names.town(r);
        String[] localities = {names.town(r), names.town(r), names.town(r)};
        String outward = area + (1 + (outwardBase + d) % 99);
        int others = (int) Math.min(target - 1, (long) Math.floor(target * Rates.OTHER_ELECTORS + r.nextDouble()));
        long left = target - Math.max(0, others);
        List<Street> drafted = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; left > 0; i++) {
            long streetSeed = Seeds.street(seed, d, i);
            StreetShape shape = StreetShape.of(streetSeed, (int) Math.min(Integer.MAX_VALUE, left));
            if (shape.electors == 0) {
                continue;
            }
            left -= shape.electors;
            String locality = r.nextInt(100) < 30 ? localities[r.nextInt(localities.length)] : null;
            drafted.add(new Street(i, uniqueName(r, names, used), locality, streetSeed, shape.electors,
                    new String[unitsFor(shape.houseNumbers.length)]));
        }
        drafted.sort(Comparator.comparing(Street::name));
        int unit = (int) (Seeds.mix(seed + d) & 0xFF);
        List<Street> streets = new ArrayList<>(drafted.size());
        for (int s = 0; s < drafted.size(); s++) {
            Street st = drafted.get(s);
            for (int u = 0; u < st.postcodes().length; u++, unit++) {
                int k = unit % 4000;
                st.postcodes()[u] = outward + " " + (k / 400) + UNIT_LETTERS.charAt(k % 400 / 20) + UNIT_LETTERS.charAt(k % 20);
            }
            streets.add(new Street(s, st.name(), st.locality(), st.seed(), st.cap(), st.postcodes()));
        }
        return new DistrictPlan(d, code(d), town, outward, List.copyOf(streets), Math.max(0, others), target);
    }

    private static int unitsFor(int houses) {
        return houses <= 40 ? 1 : houses <= 100 ? 2 : 3;
    }

    private static String uniqueName(SplittableRandom r, NameLists names, Set<String> used) {
        for (int tries = 0; tries < 30; tries++) {
            String n = names.streetName(r);
            if (used.add(n)) {
                return n;
            }
        }
        for (int k = 2; ; k++) {
            String n = names.streetName(r) + " " + romanOrNumber(k);
            if (used.add(n)) {
                return n;
            }
        }
    }

    private static String romanOrNumber(int k) {
        String[] words = {"", "", "North", "South", "East", "West", "Upper", "Lower"};
        return k < words.length ? words[k] : "(" + k + ")";
    }
}
