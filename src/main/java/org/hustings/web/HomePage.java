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
            if (AccessTable.PEOPLE_SEARCHERS.contains(s.user().role())) {
                pages.add(Map.of("href", "/people", "title", "People",
                        "about", "Find a person on the current register by surname, postcode, elector number or id; each search is ledgered."));
            }
            if (AccessTable.LEDGER_READERS.contains(s.user().role())) {
                pages.add(Map.of("href", "/ledger", "title", "Ledger",
                        "about", "Every import, gated read, export, rights action and configuration change, hash-chained; verify it."));
            }
            if (AccessTable.PURPOSE_READERS.contains(s.user().role())) {
                pages.add(Map.of("href", "/purposes", "title", "Purposes",
                        "about", "The record of processing activities (UK GDPR Art 30): legal bases, data used, recipients, retention and impact assessments."));
                pages.add(Map.of("href", "/sources", "title", "Sources",
                        "about", "Where data comes from: suppliers and due diligence, legal footing, wordings, deliveries and what each field holds."));
                pages.add(Map.of("href", "/gate", "title", "Gate",
                        "about", "What an activity would get, and what the purpose gate refuses and why, without reading any data."));
            }
            if (AccessTable.CONSENT_READERS.contains(s.user().role())) {
                pages.add(Map.of("href", "/consents", "title", "Consents",
                        "about", "A person's consents and withdrawals per purpose and channel, and recording new ones."));
            }
            templates.page(ctx, "home", s, Map.of("roleDescription", s.user().role().description(), "pages", pages));
        });
    }
}
