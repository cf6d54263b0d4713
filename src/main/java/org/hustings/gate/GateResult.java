package org.hustings.gate;

import java.util.List;

/** A gated read collected in memory: the values released and the report. For small selections. */
public record GateResult(GateReport report, List<GatedValue> values) {

    public GateResult {
        values = List.copyOf(values);
    }
}
