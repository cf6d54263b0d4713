package org.hustings.link.evaluate;

/**
 * Precision, recall and F1 of predicted pairs against true pairs.
 *
 * @param truePairs  pairs in the truth
 * @param predicted  pairs predicted
 * @param correct    predicted pairs that are in the truth
 */
public record PairMetrics(long truePairs, long predicted, long correct) {
    public double precision() {
        return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
        return truePairs == 0 ? 0 : (double) correct / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("precision %.4f  recall %.4f  F1 %.4f  (%,d predicted, %,d correct, %,d true)",
                precision(), recall(), f1(), predicted, correct, truePairs);
    }
}
