package org.hustings.synth;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The bricks of one street, drawn from the street's own seed: house numbers in street order
 * (odd side up, then even side up; or one side numbered straight through), houses split into
 * flats now and then, and how many electors live in each dwelling on the first edition.
 * A cap cuts the street short so a district holds exactly its planned number of electors.
 */
final class StreetShape {
    private static final int[] HOUSE_SIZES = Seeds.cumulative(4, 28, 38, 14, 10, 4, 2);
    private static final int[] FLAT_SIZES = Seeds.cumulative(5, 50, 35, 10);

    final int[] houseNumbers;
    /** Per dwelling: which house, which flat (0 = the whole house), electors on the first edition. */
    final int[] dwellingHouse;
    final int[] dwellingFlat;
    final int[] size;
    final int electors;

    private StreetShape(int[] houseNumbers, int[] dwellingHouse, int[] dwellingFlat, int[] size, int electors) {
        this.houseNumbers = houseNumbers;
        this.dwellingHouse = dwellingHouse;
        this.dwellingFlat = dwellingFlat;
        this.size = size;
        this.electors = electors;
    }

    int dwellings() {
        return size.length;
    }

    static StreetShape of(long streetSeed, int cap) {
        SplittableRandom r = Seeds.of(streetSeed, Seeds.SHAPE);
        int band = r.nextInt(100);
        int houses = band < 55 ? 4 + r.nextInt(27) : band < 88 ? 30 + r.nextInt(51) : 80 + r.nextInt(141);
        int[] numbers = numbers(r, houses);
        int[] dh = new int[houses * 2];
        int[] df = new int[houses * 2];
        int[] sz = new int[houses * 2];
        int n = 0;
        int total = 0;
        for (int h = 0; h < houses && total < cap; h++) {
            int flats = r.nextInt(100) < 6 ? 2 + r.nextInt(5) : 0;
            for (int f = flats == 0 ? 0 : 1; f <= flats && total < cap; f++) {
                if (n == dh.length) {
                    dh = Arrays.copyOf(dh, n * 2);
                    df = Arrays.copyOf(df, n * 2);
                    sz = Arrays.copyOf(sz, n * 2);
                }
                int s = flats == 0 ? Seeds.weighted(r, HOUSE_SIZES) : Seeds.weighted(r, FLAT_SIZES);
                s = Math.min(s, cap - total);
                dh[n] = h;
                df[n] = f;
                sz[n] = s;
                total += s;
                n++;
            }
        }
        int lastHouse = n == 0 ? 0 : dh[n - 1] + 1;
        return new StreetShape(Arrays.copyOf(numbers, lastHouse), Arrays.copyOf(dh, n), Arrays.copyOf(df, n),
                Arrays.copyOf(sz, n), total);
    }

    /** House numbers in walking order: odd side up then even side up, or straight through; some skip 13. */
    private static int[] numbers(SplittableRandom r, int houses) {
        boolean twoSides = r.nextInt(100) < 80;
        boolean skip13 = r.nextInt(100) < 20;
        int[] out = new int[houses];
        if (!twoSides) {
            int next = 1;
            for (int i = 0; i < houses; i++) {
                if (skip13 && next == 13) {
                    next++;
                }
                out[i] = next++;
            }
            return out;
        }
        int odd = (houses + 1) / 2;
        int next = 1;
        for (int i = 0; i < odd; i++) {
            if (skip13 && next == 13) {
                next += 2;
            }
            out[i] = next;
            next += 2;
        }
        next = 2;
        for (int i = odd; i < houses; i++) {
            out[i] = next;
            next += 2;
        }
        return out;
    }
}
