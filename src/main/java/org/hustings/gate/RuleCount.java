package org.hustings.gate;

import java.util.List;

/** How many people (or values) one rule refused, why, under which law, with example person ids when asked for. */
public record RuleCount(String rule, String reason, String law, long count, List<Long> examples) {

    public RuleCount {
        examples = List.copyOf(examples);
    }
}
