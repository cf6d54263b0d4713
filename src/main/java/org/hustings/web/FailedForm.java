package org.hustings.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;

/**
 * A form that could not be used, shown again above it: what went wrong and every reason, each
 * linked to the field it is about ({@code form-field}, the id the templates give that field).
 * Public only so that the templates can read it.
 */
public record FailedForm(String form, String message, List<Map<String, String>> problems) {

    static FailedForm of(String form, HustingsException e) {
        List<Map<String, String>> problems = new ArrayList<>();
        String message = e.getMessage();
        if (e instanceof FieldProblems fp) {
            message = message.lines().findFirst().orElse(message);
            for (FieldProblems.Problem p : fp.problems()) {
                problems.add(problem(form, p.field(), p.reason()));
            }
        } else if (e instanceof BadField bad) {
            problems.add(problem(form, bad.field(), e.getMessage()));
            message = "The form could not be used:";
        }
        return new FailedForm(form, message, problems);
    }

    private static Map<String, String> problem(String form, String field, String reason) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reason", reason);
        m.put("anchor", field == null ? "" : form + "-" + field.replace('.', '-'));
        m.put("field", field == null ? "" : field);
        return m;
    }
}
