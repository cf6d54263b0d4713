package org.hustings.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hustings.staff.Session;

/** The landing page after login: what the user's role may do, and the pages open to it. */
final class HomePage {
    private final Templates templates;

    HomePage(Templates templates) {
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/", ctx -> {
            Session s = RequestGuard.session(ctx);
            List<Map<String, String>> pages = new ArrayList<>();
            if (AccessTable.REGISTER_READERS.contains(s.user().role())) {
                pages.add(Map.of("href", "/register", "title", "Register",
                        "about", "Register editions, entries by polling district and marker, and the quarantine of the latest imports."));
            }
            templates.page(ctx, "home", s, Map.of("roleDescription", s.user().role().description(), "pages", pages));
        });
    }
}
