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

    private int[][] encode(List<Row> rows, Map<String, Map<String, Integer>> numbering) {
        int f = fields.size();
        int[][] cols = new int[f][rows.size()];
        for (int i = 0; i < f; i++) {
            Map<String, Integer> numbers = numbering.computeIfAbsent(comparisons[i].vocabulary(), k -> new HashMap<>());
            Comparison c = comparisons[i];
            int[] col = cols[i];
            for (int r = 0; r < rows.size(); r++) {
                String[] values = rows.get(r).values();
                if (values.length != f) {
                    throw new HustingsException(ErrorCode.BAD_INPUT, "Row '" + rows.get(r).id() + "' has " + values.length
                            + " values; the linker expects " + f + ".");
                }
                String n = c.normalise(values[i]);
                col[r] = n == null ? -1 : numbers.computeIfAbsent(n, k -> numbers.size());
            }
        }
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
