package org.hustings.synth;

/**
 * How often things happen on a synthetic register, per elector unless said otherwise. Chosen to
 * look like a real English district's register; tests check the generated data keeps to them.
 */
final class Rates {
    private Rates() {
    }

    // markers on the first edition (one marker letter per elector at most)
    static final double ANONYMOUS = 0.001;   // N
    static final double OVERSEAS = 0.005;    // F
    static final double EU_G = 0.012;        // G (before the eligibility review)
    static final double EU_B = 0.008;        // B (after it)
    static final double PEER = 0.0005;       // L
    static final double Z = 0.005;           // Z, vendor-specific
    static final double QUALIFYING = 0.0005; // M
    static final double UNKNOWN = 0.0001;    // a letter no ERO documents, e.g. Q
    static final double ATTAINER_CHILD = 0.075; // per third or later household member: about 1.5% overall
    static final double OPTED_OUT = 0.008;   // out of the edited (open) register
    static final double OTHER_ELECTORS = 0.0005; // no fixed address, listed at the end of the district
    static final double OWN_SURNAME = 0.15;  // household member not sharing the household's surname
    static final double MIDDLE_INITIAL = 0.35;

    // the year between editions
    static final double HOUSEHOLD_MOVES = 0.028;   // per household
    static final double NEW_HOUSEHOLD_IN = 0.55;   // per household that moved out
    static final double EMPTY_FILLED = 0.10;       // per dwelling empty on the first edition
    static final double PERSON_LEAVES = 0.012;     // per remaining elector
    static final double ATTAINER_JOINS = 0.028;    // per household
    static final double ADULT_JOINS = 0.004;       // per household
    static final double G_TO_B = 0.40;             // per G elector: the eligibility review
    static final double RENAMED = 0.003;           // surname changed (marriage)
    static final double OPT_OUT_CHANGED = 0.002;
    static final double CREATED_AND_DELETED = 0.0008; // per dwelling: added and removed in one month

    // an election
    static final double POSTAL = 0.20;
    static final double PROXY = 0.01;
    static final double POSTAL_PROXY = 0.002;
    static final double POSTAL_RETURNED = 0.81;
    static final double IN_PERSON = 0.615; // of electors without a postal vote
}
