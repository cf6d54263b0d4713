package org.hustings.gate;

/** What a rule decides: allowed, or refused with the rule's name, a reason in plain words and the law cited. */
public sealed interface Decision permits Decision.Allowed, Decision.Refused {

    Allowed ALLOWED = new Allowed();

    static Decision refuse(String rule, String reason, String law) {
        return new Refused(rule, reason, law);
    }

    record Allowed() implements Decision { }

    record Refused(String rule, String reason, String law) implements Decision {
        /** "reason (law)". */
        public String text() {
            return reason + " (" + law + ")";
        }
    }
}
