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

    Scorer(Columns columns, LinkModel model) {
        this.columns = columns;
        this.model = model;
        this.prior = model.priorWeight();
        int f = columns.fields.size();
        weights = new double[f][];
        tfAdjustment = new double[f][];
        for (int i = 0; i < f; i++) {
            List<LinkModel.Level> levels = model.fields().get(i).levels();
            weights[i] = levels.stream().mapToDouble(LinkModel.Level::weight).toArray();
            if (columns.comparisons[i].termFrequency()) {
                double uExact = levels.get(0).u();
                double[] freq = columns.frequency[i];
                double[] adj = new double[freq.length];
                for (int v = 0; v < freq.length; v++) {
                    adj[v] = freq[v] > 0 ? Math.log(uExact / freq[v]) / Math.log(2) : 0;
                }
                tfAdjustment[i] = adj;
            }
        }
    }

    /** The level field {@code f} of rows {@code l} (left) and {@code r} (right) reaches, or {@link Comparison#NULL}. */
    int level(int f, int l, int r) {
        int a = columns.left[f][l];
        int b = columns.right[f][r];
        if (a < 0 || b < 0) {
            return Comparison.NULL;
        }
        int p = columns.partner[f];
        int ap = p < 0 ? -1 : columns.left[p][l];
        int bp = p < 0 ? -1 : columns.right[p][r];
        return columns.prepared[f].level(a, b, ap, bp);
    }

    /** The part field {@code f} adds to the weight at the given level. */
    private double part(int f, int level, int l) {
        if (level == Comparison.NULL) {
            return 0.0;
        }
        double w = weights[f][level];
        if (level == 0 && tfAdjustment[f] != null) {
            w += tfAdjustment[f][columns.left[f][l]];
        }
        return w;
    }

    /** The match weight of a pair, in bits. */
    double weight(int l, int r) {
        double w = prior;
        for (int f = 0; f < weights.length; f++) {
            w += part(f, level(f, l, r), l);
        }
        return w;
    }

    static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2.0, -weight));
    }

    /** The weight of a pair taken apart, field by field. */
    Explanation explain(int l, int r) {
        List<Explanation.Part> parts = new ArrayList<>();
        double w = prior;
        for (int f = 0; f < weights.length; f++) {
            int level = level(f, l, r);
            double part = part(f, level, l);
            w += part;
            String name = level == Comparison.NULL ? "missing" : model.fields().get(f).levels().get(level).name();
            double tf = level == 0 && tfAdjustment[f] != null ? tfAdjustment[f][columns.left[f][l]] : 0.0;
            parts.add(new Explanation.Part(columns.fields.get(f).name(), name, part - tf, tf, part));
        }
        return new Explanation(prior, List.copyOf(parts), w, probability(w));
    }
}
