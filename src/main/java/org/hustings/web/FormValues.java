package org.hustings.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form shows in its fields: what the user sent when the form comes back with a problem,
 * else the defaults. Public only so that the templates can call it: {@code form.v("retention")},
 * {@code form.has("purposes", "email")}.
 */
public final class FormValues {
    private static final FormValues EMPTY = new FormValues(null, Map.of());
    private final String owner;
    private final Map<String, List<String>> values;

    private FormValues(String owner, Map<String, List<String>> values) {
        this.owner = owner;
        this.values = values;
    }

    static FormValues empty() {
        return EMPTY;
    }

    /** Defaults for every form of the page. */
    static FormValues of(Map<String, List<String>> defaults) {
        return new FormValues(null, new HashMap<>(defaults));
    }

    /** The values the user sent in form {@code form} (the CSRF token left out). */
    static FormValues sent(Context ctx, String form) {
        Map<String, List<String>> m = new HashMap<>(ctx.formParamMap());
        m.remove(RequestGuard.CSRF_FIELD);
        return new FormValues(form, m);
    }

    /** These values for form {@code form}: the values sent in it, or the page's defaults; empty for any other form. */
    public FormValues of(String form) {
        return owner == null || owner.equals(form) ? this : EMPTY;
    }

    /** The value of a field, or "". */
    public String v(String name) {
        List<String> l = values.get(name);
        return l == null || l.isEmpty() || l.get(0) == null ? "" : l.get(0);
    }

    /** Whether a checkbox or option {@code value} of field {@code name} is chosen. */
    public boolean has(String name, String value) {
        List<String> l = values.get(name);
        return l != null && l.contains(value);
    }
}
