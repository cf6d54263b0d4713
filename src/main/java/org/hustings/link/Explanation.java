package org.hustings.link;

import java.util.List;

/**
 * Why a pair got its weight: the prior, then one part per field; the prior plus the parts is the
 * total weight (in bits), and the probability follows from the total.
 *
 * @param priorWeight  log2(λ / (1 − λ)), the weight before any field is looked at
 * @param parts        one part per field, in the model's field order
 * @param weight       the total match weight
 * @param probability  the match probability, 2^weight / (1 + 2^weight)
 */
public record Explanation(double priorWeight, List<Part> parts, double weight, double probability) {
    public Explanation {
        parts = List.copyOf(parts);
    }

    /**
     * One field's share of the weight.
     *
     * @param field         the field compared, or "address" for the address fields compared as one
     * @param level         the level the two values reached ("exact", "nickname or alias", "missing", …)
     * @param levelWeight   log2(m/u) of that level (0 when missing)
     * @param tfAdjustment  the term-frequency adjustment of an exact match (0 otherwise)
     * @param weight        levelWeight + tfAdjustment: what the field adds
     */
    public record Part(String field, String level, double levelWeight, double tfAdjustment, double weight) {
    }

    /** The sum of the prior and the parts, added in order: equal to {@link #weight} up to rounding. */
    public double sumOfParts() {
        double w = priorWeight;
        for (Part p : parts) {
            w += p.weight();
        }
        return w;
    }
}
