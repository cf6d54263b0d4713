package org.hustings.gate;

import java.util.List;

/**
 * The rules on single attribute values of a permitted field, for a person no person rule refused,
 * in the order they are asked (first refusal wins). Each is an expression in the streamed SQL that
 * gives the row its {@link #rank}; a refused row arrives with its value nulled, so the value never
 * leaves the store, and is counted here instead of in a second pass (ADR 0200, 0201).
 */
enum ValueRule {
    /** The value was attached to the person by a probabilistic link below the activity's minimum. */
    LINK_BELOW_MINIMUM(1, "link-below-minimum",
            "the value was linked to the person with a probability below the minimum this purpose sets, so it may belong to someone else",
            "UK GDPR Art 5(1)(d) (accuracy)"),
    /** The value was collected on consent and the person has no live consent for this purpose and channel. */
    CONSENT_FOR_FIELD(2, "consent-for-field",
            "the value was collected on consent and the person has no live consent for this purpose and channel",
            "UK GDPR Art 6(1)(a) and Art 9(2)(a)");

    /** 0 is released; each rule's rank in the SQL. */
    final int rank;
    final String ruleName;
    final String reason;
    final String law;

    ValueRule(int rank, String ruleName, String reason, String law) {
        this.rank = rank;
        this.ruleName = ruleName;
        this.reason = reason;
        this.law = law;
    }

    /** The counts of values withheld, rank by rank ({@code byRank[rule.rank]}), for the report; rules that withheld nothing are left out. */
    static List<RuleCount> counts(long[] byRank) {
        List<RuleCount> out = new java.util.ArrayList<>();
        for (ValueRule v : values()) {
            if (byRank[v.rank] > 0) {
                out.add(new RuleCount(v.ruleName, v.reason, v.law, byRank[v.rank], List.of()));
            }
        }
        return out;
    }

    static final int RANKS = 3;
}
