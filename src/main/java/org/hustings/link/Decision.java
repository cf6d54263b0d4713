package org.hustings.link;

/** What the thresholds make of a scored pair. */
public sealed interface Decision {
    ScoredPair pair();

    /** At or above the link threshold: the two records are the same person. */
    record Linked(ScoredPair pair) implements Decision {
    }

    /** In the band between the review and link thresholds: a person decides. */
    record ForReview(ScoredPair pair) implements Decision {
    }

    /** Below the review threshold: not the same person. */
    record Rejected(ScoredPair pair) implements Decision {
    }

    static Decision of(ScoredPair pair, Thresholds t) {
        if (pair.probability() >= t.link()) {
            return new Linked(pair);
        }
        return pair.probability() >= t.review() ? new ForReview(pair) : new Rejected(pair);
    }
}
