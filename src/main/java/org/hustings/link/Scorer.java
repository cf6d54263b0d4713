package org.hustings.link;

import java.util.ArrayList;
import java.util.List;
import org.hustings.link.compare.Comparison;

/**
 * Turns a pair of rows into a match weight: the prior, plus for each field the weight of the
 * level the pair reaches, log2(m/u), plus — for an exact match on a term-frequency field — the
 * adjustment log2(u_exact / frequency of the value): agreeing on a rare surname is worth more than
 * agreeing on Smith. A missing value adds nothing. The probability is 2^w / (1 + 2^w).
 *
 * <p>The weight and its explanation are computed by one loop, adding the same parts in the same
 * order, so the explanation adds up to the weight.
 */
final class Scorer {
    private final Columns columns;
    private final LinkModel model;
    private final double prior;
    private final double[][] weights;
    private final double[][] tfAdjustment;
    private final int[] tfField;
    /** The most the comparisons from index u onwards can still add: bounds a pair's weight early. */
    private final double[] mostStillPossible;

    Scorer(Columns columns, LinkModel model) {
        this.columns = columns;
        this.model = model;
        this.prior = model.priorWeight();
        int units = columns.unitCount();
        weights = new double[units][];
        tfAdjustment = new double[units][];
        tfField = new int[units];
        for (int i = 0; i < units; i++) {
            List<LinkModel.Level> levels = model.fields().get(i).levels();
            weights[i] = levels.stream().mapToDouble(LinkModel.Level::weight).toArray();
            tfField[i] = columns.termFrequencyField(i);
            if (tfField[i] >= 0) {
                double uExact = levels.get(0).u();
                double[] freq = columns.frequency[tfField[i]];
                double[] adj = new double[freq.length];
                for (int v = 0; v < freq.length; v++) {
                    adj[v] = freq[v] > 0 ? Math.log(uExact / freq[v]) / Math.log(2) : 0;
                }
                tfAdjustment[i] = adj;
            }
        }
        mostStillPossible = new double[units + 1];
        for (int i = units - 1; i >= 0; i--) {
            double best = 0;
            for (double w : weights[i]) {
                best = Math.max(best, w);
            }
            if (tfAdjustment[i] != null) {
                double bestTf = 0;
                for (double a : tfAdjustment[i]) {
                    bestTf = Math.max(bestTf, a);
                }
                best = Math.max(best, weights[i][0] + bestTf);
            }
            mostStillPossible[i] = mostStillPossible[i + 1] + best;
        }
    }

    /**
     * The weight of a pair when it is at least {@code floor}, else negative infinity: comparison stops
     * as soon as the comparisons left could not lift the pair to the floor (most candidate pairs
     * disagree on the names, and the address need then not be compared). Pairs that reach the floor
     * get exactly {@link #weight}: the same parts added in the same order.
     */
    double weightAtLeast(int l, int r, double floor) {
        double w = prior;
        for (int u = 0; u < weights.length; u++) {
            if (w + mostStillPossible[u] < floor) {
                return Double.NEGATIVE_INFINITY;
            }
            w += part(u, level(u, l, r), l);
        }
        return w;
    }

    /** The level comparison {@code unit} reaches for rows {@code l} (left) and {@code r} (right), or {@link Comparison#NULL}. */
    int level(int unit, int l, int r) {
        return columns.level(unit, l, r);
    }

    /** The term-frequency adjustment of an exact match of {@code unit} for left row {@code l} (0 if none applies). */
    private double tf(int unit, int level, int l) {
        return level == 0 && tfAdjustment[unit] != null ? tfAdjustment[unit][columns.left[tfField[unit]][l]] : 0.0;
    }

    /** The part comparison {@code unit} adds to the weight at the given level. */
    private double part(int unit, int level, int l) {
        return level == Comparison.NULL ? 0.0 : weights[unit][level] + tf(unit, level, l);
    }

    /** The match weight of a pair, in bits. */
    double weight(int l, int r) {
        double w = prior;
        for (int u = 0; u < weights.length; u++) {
            w += part(u, level(u, l, r), l);
        }
        return w;
    }

    static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2.0, -weight));
    }

    /** The weight of a pair taken apart, comparison by comparison. */
    Explanation explain(int l, int r) {
        List<Explanation.Part> parts = new ArrayList<>();
        double w = prior;
        for (int u = 0; u < weights.length; u++) {
            int level = level(u, l, r);
            double part = part(u, level, l);
            w += part;
            String name = level == Comparison.NULL ? "missing" : model.fields().get(u).levels().get(level).name();
            double tf = level == Comparison.NULL ? 0.0 : tf(u, level, l);
            parts.add(new Explanation.Part(columns.unitName(u), name, level == Comparison.NULL ? 0.0 : weights[u][level], tf, part));
        }
        return new Explanation(prior, List.copyOf(parts), w, probability(w));
    }
}
