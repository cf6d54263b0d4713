package org.hustings.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;
import org.hustings.register.FoundPerson;
import org.hustings.register.PeopleQuery;
import org.hustings.register.PeopleResults;
import org.hustings.register.PeopleSearch;
import org.hustings.staff.Role;
import org.hustings.staff.Session;
import org.hustings.store.Store;

/**
 * People: find a person on the current register by surname (and forenames), postcode, elector
 * number or person id, and go on to their consents or take in a rights request for them. The page
 * ({@code GET /people}, a GET form so a page of results can be linked to) and the API
 * ({@code GET /api/people}) take the same fields; every search goes through {@link PeopleSearch},
 * which records it in the ledger. An erased person's entry is shown, because the register is kept
 * as supplied (RPR 2001), marked "erased — do not use" and with no links onwards.
 */
final class PeoplePage {
    /** The search fields, in the order of the form and of the query string. */
    static final List<String> FIELDS = List.of("surname", "forenames", "postcode", "elector", "id");
    /** The form's name: a refused field's reason links to {@code search-<field>}. */
    private static final String FORM = "search";
    private static final Map<String, String> FLAG_LABELS = Map.of(
            "erased", "Erased: do not use (UK GDPR Art 17)",
            "do_not_contact", "Do not contact",
            "restricted", "Restricted: keep, do not use (Art 18)",
            "objected_marketing", "Objected to marketing (Art 21(2))",
            "objected_profiling", "Objected to profiling (Art 21(1))");

    private final PeopleSearch search;
    private final Templates templates;

    PeoplePage(Store store, Templates templates) {
        this.search = new PeopleSearch(store);
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/people", this::show);
        routes.get("/api/people", this::json);
    }

    private void show(Context ctx) {
        Session session = RequestGuard.session(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("form", FormValues.of(ctx.queryParamMap()));
        model.put("failed", null);
        model.put("searched", false);
        model.put("rows", List.of());
        model.put("nextLink", null);
        model.put("firstLink", null);
        if (FIELDS.stream().anyMatch(f -> !blank(ctx.queryParam(f))) || !blank(ctx.queryParam("after"))) {
            try {
                PeopleResults found = search.search(Forms.actor(ctx), query(ctx));
                Role role = session.user().role();
                model.put("searched", true);
                model.put("rows", found.people().stream().map(p -> row(p, role)).toList());
                model.put("nextLink", found.more() ? "/people?" + queryString(ctx, found.next()) : null);
                model.put("firstLink", blank(ctx.queryParam("after")) ? null : "/people?" + queryString(ctx, null));
            } catch (HustingsException e) {
                if (!(e instanceof FieldProblems)) {
                    throw e;
                }
                ctx.status(e.code().httpStatus());
                model.put("failed", FailedForm.of(FORM, e));
            }
        }
        templates.page(ctx, "people", session, model);
    }

    /**
     * {@code GET /api/people?surname=&forenames=&postcode=&elector=&id=&after=&limit=}: a page of people,
     * {@code next} the {@code after} of the following page (null on the last), {@code nextUrl} the whole address.
     */
    private void json(Context ctx) {
        PeopleResults found = search.search(Forms.actor(ctx), query(ctx));
        Role role = RequestGuard.session(ctx).user().role();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("people", found.people().stream().map(p -> json(p, role)).toList());
        out.put("next", found.next());
        out.put("nextUrl", found.more() ? "/api/people?" + queryString(ctx, found.next()) : null);
        ctx.json(out);
    }

    private static PeopleQuery query(Context ctx) {
        return PeopleQuery.of(ctx.queryParam("surname"), ctx.queryParam("forenames"), ctx.queryParam("postcode"), ctx.queryParam("elector"),
                ctx.queryParam("id"), ctx.queryParam("after"), ctx.queryParam("limit"));
    }

    /** The search as typed, for the link to another page of it: the fields, the limit if any, and where to start. */
    private static String queryString(Context ctx, Long after) {
        List<String> parts = new ArrayList<>();
        List<String> keep = new ArrayList<>(FIELDS);
        keep.add("limit");
        for (String f : keep) {
            String v = ctx.queryParam(f);
            if (!blank(v)) {
                parts.add(f + "=" + URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        }
        if (after != null) {
            parts.add("after=" + after);
        }
        return String.join("&", parts);
    }

    private static Map<String, Object> row(FoundPerson p, Role role) {
        Map<String, Object> m = new HashMap<>();
        m.put("p", p);
        m.put("name", p.anonymous() ? "Anonymous elector" : p.name());
        m.put("address", String.join(", ", p.address()));
        m.put("postcode", p.postcode() == null ? "" : p.postcode());
        m.put("markerMeanings", String.join(" ", p.markerMeanings()));
        m.put("flags", p.flags().stream().map(f -> FLAG_LABELS.getOrDefault(f, f)).toList());
        m.put("consentsLink", consentsLink(p, role));
        m.put("requestLink", requestLink(p, role));
        return m;
    }

    private static Map<String, Object> json(FoundPerson p, Role role) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("personId", p.personId());
        m.put("electorId", p.electorId());
        m.put("editionId", p.editionId());
        m.put("laCode", p.laCode());
        m.put("electorNumber", p.electorNumber());
        m.put("anonymous", p.anonymous());
        m.put("name", p.name());
        m.put("title", p.title());
        m.put("forenames", p.forenames());
        m.put("surname", p.surname());
        m.put("nameSuffix", p.nameSuffix());
        m.put("address", p.address());
        m.put("postcode", p.postcode());
        m.put("markers", p.markers());
        m.put("markerMeanings", p.markerMeanings());
        m.put("flags", p.flags());
        m.put("erased", p.erased());
        m.put("doNotContact", p.doNotContact());
        m.put("restricted", p.restricted());
        m.put("use", p.erased() ? "erased: do not use" : null);
        Map<String, String> links = new LinkedHashMap<>();
        if (consentsLink(p, role) != null) {
            links.put("consents", consentsLink(p, role));
        }
        if (requestLink(p, role) != null) {
            links.put("request", requestLink(p, role));
        }
        m.put("links", links);
        return m;
    }

    /** None for an erased person: nothing may be done with them but keep the register entry. */
    private static String consentsLink(FoundPerson p, Role role) {
        return p.erased() || !AccessTable.CONSENT_READERS.contains(role) ? null : ConsentsPage.page(p.personId());
    }

    /** The intake form with this person filled in: the request is matched to them as it is taken in. None for an erased person. */
    private static String requestLink(FoundPerson p, Role role) {
        return p.erased() || !AccessTable.RIGHTS_HANDLERS.contains(role) ? null : "/requests?person=" + p.personId() + "#intake";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
