package org.hustings.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.compare.Comparison;
import org.hustings.link.compare.NameComparison;

/**
 * The records of one linkage job, held as columns of vocabulary numbers: for every field the
 * distinct normalised values are numbered once (fields that share a vocabulary, such as
 * forename and surname, share the numbering) and each row holds only numbers, {@code -1} where
 * the value is missing. Equal values are equal numbers, so most comparisons never touch a string,
 * and a million rows of repetitive names take little memory.
 */
final class Columns {
    final List<Field> fields;
    final Comparison[] comparisons;
    final Comparison.Prepared[] prepared;
    final int[] partner;
    final String[][] vocabulary;
    /** Per field, per value number: the share of the field's non-missing values that are this value. */
    final double[][] frequency;
    final int[][] left;
    final int[][] right;
    final boolean dedupe;
    /** The comparisons the model scores: one per field, except that address fields form one. */
    final int[][] units;
    private final boolean[] composite;
    private final int[][] locationRoles;

    Columns(List<Field> fields, List<Row> left, List<Row> right) {
        this.fields = List.copyOf(fields);
        int f = fields.size();
        this.comparisons = new Comparison[f];
        this.partner = new int[f];
        for (int i = 0; i < f; i++) {
            partner[i] = partnerOf(i);
            comparisons[i] = fields.get(i).kind().comparison(fields.get(i).name(),
                    partner[i] < 0 ? null : fields.get(partner[i]).name());
        }
        this.dedupe = right == null;
        Map<String, Map<String, Integer>> numbering = new HashMap<>();
        this.left = encode(left, numbering);
        this.right = dedupe ? this.left : encode(right, numbering);
        this.vocabulary = new String[f][];
        this.prepared = new Comparison.Prepared[f];
        Map<String, String[]> vocabs = new HashMap<>();
        Map<String, Comparison.Prepared> sharedNames = new HashMap<>();
        for (int i = 0; i < f; i++) {
            String v = comparisons[i].vocabulary();
            String[] values = vocabs.computeIfAbsent(v, k -> toArray(numbering.get(k)));
            vocabulary[i] = values;
            Comparison c = comparisons[i];
            // forename and surname comparisons are the same function of the shared name vocabulary: prepare it once
            prepared[i] = c instanceof NameComparison ? sharedNames.computeIfAbsent(v, k -> c.prepare(values)) : c.prepare(values);
        }
        this.frequency = new double[f][];
        for (int i = 0; i < f; i++) {
            frequency[i] = frequencies(i);
        }
        List<int[]> u = new java.util.ArrayList<>();
        List<Integer> location = new java.util.ArrayList<>();
        for (int i = 0; i < f; i++) {
            if (Location.isLocation(fields.get(i).kind())) {
                location.add(i);
            }
        }
        boolean merge = location.size() >= 2;
        for (int i = 0; i < f; i++) {
            if (merge && Location.isLocation(fields.get(i).kind())) {
                if (i == location.get(0)) {
                    u.add(location.stream().mapToInt(Integer::intValue).toArray());
                }
            } else {
                u.add(new int[] {i});
            }
        }
        this.units = u.toArray(int[][]::new);
        this.composite = new boolean[units.length];
        this.locationRoles = new int[units.length][];
        for (int k = 0; k < units.length; k++) {
            composite[k] = units[k].length > 1 || merge && Location.isLocation(fields.get(units[k][0]).kind());
            if (composite[k]) {
                locationRoles[k] = units[k];
            }
        }
    }

    int unitCount() {
        return units.length;
    }

    boolean isComposite(int unit) {
        return composite[unit];
    }

    String unitName(int unit) {
        return composite[unit] ? "address" : fields.get(units[unit][0]).name();
    }

    String unitKind(int unit) {
        return composite[unit] ? "address:" + String.join("+", java.util.Arrays.stream(units[unit]).mapToObj(i -> fields.get(i).name()).toList())
                : fields.get(units[unit][0]).kind().key();
    }

    List<String> unitLevels(int unit) {
        return composite[unit] ? Location.LEVELS : comparisons[units[unit][0]].levels();
    }

    /** The field whose value frequencies adjust an exact match of this unit, or -1. */
    int termFrequencyField(int unit) {
        return !composite[unit] && comparisons[units[unit][0]].termFrequency() ? units[unit][0] : -1;
    }

    /** The level {@code unit} reaches for left row {@code l} and right row {@code r}, or {@link Comparison#NULL}. */
    int level(int unit, int l, int r) {
        if (!composite[unit]) {
            return fieldLevel(units[unit][0], l, r);
        }
        // house and postcode first: when both agree the address is the same and the street lines and
        // town need not be compared at all (the common case for true matches)
        int house = -1;
        int postcode = -1;
        boolean hasHouse = false;
        for (int f : locationRoles[unit]) {
            FieldKind k = fields.get(f).kind();
            if (k == FieldKind.HOUSE_NUMBER) {
                hasHouse = true;
                house = best(house, fieldLevel(f, l, r));
            } else if (k == FieldKind.POSTCODE) {
                postcode = best(postcode, fieldLevel(f, l, r));
            }
        }
        if (hasHouse && (house == 0 || house == 1) && postcode == 0) {
            return 0;
        }
        int street = -1;
        int town = -1;
        for (int f : locationRoles[unit]) {
            FieldKind k = fields.get(f).kind();
            if (k == FieldKind.ADDRESS) {
                street = best(street, fieldLevel(f, l, r));
            } else if (k == FieldKind.TOWN) {
                town = best(town, fieldLevel(f, l, r));
            }
        }
        return Location.combine(house, street, town, postcode, hasHouse);
    }

    private static int best(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /** The level field {@code f} reaches, or {@link Comparison#NULL}. */
    int fieldLevel(int f, int l, int r) {
        int a = left[f][l];
        int b = right[f][r];
        if (a < 0 || b < 0) {
            return Comparison.NULL;
        }
        int p = partner[f];
        int ap = p < 0 ? -1 : left[p][l];
        int bp = p < 0 ? -1 : right[p][r];
        return prepared[f].level(a, b, ap, bp);
    }

    int rows(boolean leftSide) {
        int[][] cols = leftSide ? left : right;
        return cols.length == 0 ? 0 : cols[0].length;
    }

    private int partnerOf(int i) {
        FieldKind k = fields.get(i).kind();
        FieldKind want = k == FieldKind.GIVEN_NAME ? FieldKind.SURNAME : k == FieldKind.SURNAME ? FieldKind.GIVEN_NAME : null;
        if (want == null) {
            return -1;
        }
        for (int j = 0; j < fields.size(); j++) {
            if (fields.get(j).kind() == want) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Numbers the values of every field. Fields with their own vocabulary are numbered in parallel;
     * fields sharing one (forename and surname) are numbered by one task, in field order, so the
     * numbering never depends on thread timing.
     */
    private int[][] encode(List<Row> rows, Map<String, Map<String, Integer>> numbering) {
        int f = fields.size();
        int[][] cols = new int[f][rows.size()];
        for (Row row : rows) {
            if (row.values().length != f) {
                throw new HustingsException(ErrorCode.BAD_INPUT, "Row '" + row.id() + "' has " + row.values().length
                        + " values; the linker expects " + f + ".");
            }
        }
        Map<String, List<Integer>> byVocabulary = new java.util.LinkedHashMap<>();
        for (int i = 0; i < f; i++) {
            byVocabulary.computeIfAbsent(comparisons[i].vocabulary(), k -> new java.util.ArrayList<>()).add(i);
            numbering.computeIfAbsent(comparisons[i].vocabulary(), k -> new HashMap<>());
        }
        byVocabulary.entrySet().parallelStream().forEach(group -> {
            Map<String, Integer> numbers = numbering.get(group.getKey());
            for (int i : group.getValue()) {
                Comparison c = comparisons[i];
                int[] col = cols[i];
                for (int r = 0; r < col.length; r++) {
                    String n = c.normalise(rows.get(r).values()[i]);
                    col[r] = n == null ? -1 : numbers.computeIfAbsent(n, k -> numbers.size());
                }
            }
        });
        return cols;
    }

    private static String[] toArray(Map<String, Integer> numbers) {
        String[] out = new String[numbers == null ? 0 : numbers.size()];
        if (numbers != null) {
            numbers.forEach((value, n) -> out[n] = value);
        }
        return out;
    }

    private double[] frequencies(int field) {
        long[] counts = new long[vocabulary[field].length];
        long total = count(left[field], counts);
        if (!dedupe) {
            total += count(right[field], counts);
        }
        double[] out = new double[counts.length];
        for (int v = 0; v < counts.length; v++) {
            out[v] = total == 0 ? 0 : (double) counts[v] / total;
        }
        return out;
    }

    private static long count(int[] col, long[] counts) {
        long n = 0;
        for (int v : col) {
            if (v >= 0) {
                counts[v]++;
                n++;
            }
        }
        return n;
    }
}
