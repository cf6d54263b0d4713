package org.hustings.web;

import io.javalin.http.Context;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hustings.staff.Session;

/**
 * Pebble templates from {@code resources/templates}, HTML auto-escaping on (so any value from a
 * register file is shown as text, never run), strict variables (a missing value is a defect, not
 * a blank).
 */
final class Templates {
    private final PebbleEngine engine;

    Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("templates/");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .defaultLocale(Locale.UK)
                .build();
    }

    /** Renders a page for a logged-in user: the header shows their name and role and a logout form. */
    void page(Context ctx, String template, Session session, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("user", Map.of("name", session.user().displayName(), "username", session.user().username(),
                "role", Labels.role(session.user().role())));
        all.put("csrf", session.csrfToken());
        all.put("registerLink", AccessTable.REGISTER_READERS.contains(session.user().role()));
        all.put("ledgerLink", AccessTable.LEDGER_READERS.contains(session.user().role()));
        all.put("purposesLink", AccessTable.PURPOSE_READERS.contains(session.user().role()));
        all.put("sourcesLink", AccessTable.PURPOSE_READERS.contains(session.user().role()));
        all.put("gateLink", AccessTable.PURPOSE_READERS.contains(session.user().role()));
        all.put("consentsLink", AccessTable.CONSENT_READERS.contains(session.user().role()));
        all.put("requestsLink", AccessTable.RIGHTS_HANDLERS.contains(session.user().role()));
        all.put("linkReviewLink", AccessTable.LINK_READERS.contains(session.user().role()));
        all.put("peopleLink", AccessTable.PEOPLE_SEARCHERS.contains(session.user().role()));
        render(ctx, template, all);
    }

    void render(Context ctx, String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model, Locale.UK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }
}
