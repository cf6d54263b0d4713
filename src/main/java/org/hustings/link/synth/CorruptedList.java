package org.hustings.link.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hustings.link.Row;
import org.hustings.link.compare.Nicknames;

/**
 * A list made from a register with known truth: each row either copies a register person with
 * errors ({@link Corruption}) or is a new person. {@code truth[i]} is the register row the list row
 * came from, or -1.
 *
 * @param rows   the list
 * @param truth  for each list row, its register row, or -1 for a new person
 */
public record CorruptedList(List<Row> rows, int[] truth) {

    /** Makes {@code size} list rows from {@code register} (distinct people, in a shuffled order). */
    public static CorruptedList from(Population pools, List<Row> register, int size, Corruption c, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] chosen = sample(register.size(), size, r);
        List<Row> rows = new ArrayList<>(size);
        int[] truth = new int[size];
        for (int i = 0; i < size; i++) {
            String[] v;
            if (r.nextDouble() < c.newPeople() || chosen[i] < 0) {
                truth[i] = -1;
                v = pools.people(1, r.nextLong()).get(0).values().clone();
            } else {
                truth[i] = chosen[i];
                v = register.get(chosen[i]).values().clone();
                corrupt(pools, v, c, r);
            }
            rows.add(new Row("L" + (i + 1), v));
        }
        return new CorruptedList(List.copyOf(rows), truth);
    }

    /** {@code size} distinct register rows in random order (-1 where the register is too small). */
    private static int[] sample(int registerSize, int size, SplittableRandom r) {
        int[] all = new int[registerSize];
        for (int i = 0; i < registerSize; i++) {
            all[i] = i;
        }
        int[] out = new int[size];
        for (int i = 0; i < size; i++) {
            if (i < registerSize) {
                int j = i + r.nextInt(registerSize - i);
                int t = all[i];
                all[i] = all[j];
                all[j] = t;
                out[i] = all[i];
            } else {
                out[i] = -1;
            }
        }
        return out;
    }

    static void corrupt(Population pools, String[] v, Corruption c, SplittableRandom r) {
        if (r.nextDouble() < c.moved()) {
            System.arraycopy(pools.address(r), 0, v, Population.HOUSE, 4);
        }
        if (r.nextDouble() < c.nickname()) {
            v[Population.GIVEN] = alias(v[Population.GIVEN], r);
        }
        if (r.nextDouble() < c.initialOnly()) {
            v[Population.GIVEN] = v[Population.GIVEN].substring(0, 1);
        }
        for (int f : new int[] {Population.GIVEN, Population.SURNAME, Population.STREET}) {
            if (r.nextDouble() < c.typo()) {
                v[f] = typo(v[f], r);
            }
        }
        if (r.nextDouble() < c.dobError()) {
            String d = v[Population.DOB];
            v[Population.DOB] = r.nextBoolean() && Integer.parseInt(d.substring(8)) <= 12
                    ? d.substring(0, 5) + d.substring(8) + "-" + d.substring(5, 7) : typo(d, r);
        }
        if (r.nextDouble() < c.swapped()) {
            String g = v[Population.GIVEN];
            v[Population.GIVEN] = v[Population.SURNAME];
            v[Population.SURNAME] = g;
        }
        for (int f = 0; f < v.length; f++) {
            if (r.nextDouble() < c.missing()) {
                v[f] = null;
            }
        }
    }

    /** Another name of the same nickname group, or the name itself when it has none. */
    static String alias(String name, SplittableRandom r) {
        int[] groups = Nicknames.table().groupsOf(name);
        if (groups.length == 0) {
            return name;
        }
        List<String> others = Nicknames.table().members(groups[r.nextInt(groups.length)]);
        String pick = others.get(r.nextInt(others.size()));
        return Character.toUpperCase(pick.charAt(0)) + pick.substring(1);
    }

    /** One typing error: a letter changed, dropped, doubled, or two neighbours swapped. */
    static String typo(String s, SplittableRandom r) {
        if (s == null || s.length() < 2) {
            return s;
        }
        StringBuilder b = new StringBuilder(s);
        int at = r.nextInt(b.length() - 1);
        switch (r.nextInt(4)) {
            case 0 -> b.setCharAt(at, Character.isDigit(b.charAt(at)) ? (char) ('0' + r.nextInt(10)) : (char) ('a' + r.nextInt(26)));
            case 1 -> b.deleteCharAt(at);
            case 2 -> b.insert(at, b.charAt(at));
            default -> {
                char t = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, t);
            }
        }
        return b.toString();
    }
}
