package org.hustings.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.consent.Consents;
import org.hustings.gate.Gate;
import org.hustings.gate.GateReport;
import org.hustings.gate.Selection;
import org.hustings.provenance.Sources;
import org.hustings.purpose.Activity;
import org.hustings.purpose.Purposes;
import org.hustings.staff.Session;
import org.hustings.store.Store;

/**
 * The Purposes page and its JSON API: the register of processing activities (UK GDPR Art 30), the
 * sources with their footing and due diligence, and the gate's dry run — what an activity would
 * get for a selection, what is refused and why — plus a person's consent history; and the one
 * purpose setting the API changes, the minimum link probability.
 */
final class PurposesPage {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Purposes purposes;
    private final Sources sources;
    private final Gate gate;
    private final Consents consents;
    private final Templates templates;

    PurposesPage(Store store, Templates templates) {
        this.purposes = new Purposes(store);
        this.sources = new Sources(store);
        this.gate = new Gate(store);
        this.consents = new Consents(store);
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/purposes", this::show);
        routes.get("/api/purposes", ctx -> ctx.json(Map.of("activities", activities())));
        routes.put("/api/purposes/{code}/min-link-probability", this::setMinLinkProbability);
        routes.get("/api/sources", ctx -> ctx.json(Map.of("sources", sources.list())));
        routes.get("/api/gate/dry-run", ctx -> ctx.json(dryRun(ctx)));
        routes.get("/api/people/{id}/consents", this::consentsJson);
    }

    private void show(Context ctx) {
        Session session = RequestGuard.session(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("activities", activities());
        model.put("sources", sources.list());
        String purpose = ctx.queryParam("purpose");
        model.put("purpose", purpose == null ? "" : purpose);
        model.put("la", value(ctx.queryParam("la")));
        model.put("district", value(ctx.queryParam("district")));
        model.put("ran", purpose != null && !purpose.isBlank());
        if (purpose != null && !purpose.isBlank()) {
            model.put("report", dryRun(ctx));
        }
        templates.page(ctx, "purposes", session, model);
    }

    private List<Map<String, Object>> activities() {
        purposes.seedDefaults("hustings");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Activity a : purposes.list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("activity", a);
            m.put("dpia", !a.dpiaRequired() ? "not needed" : purposes.dpiaApproved(a.code()) ? "approved" : "needed — refused until approved");
            out.add(m);
        }
        return out;
    }

    /**
     * {@code PUT /api/purposes/{code}/min-link-probability} with {@code {"minimum": 0.95}} (or
     * {@code null} to clear): values linked to a person below it are withheld from the purpose
     * (UK GDPR Art 5(1)(d)). Ledgered by {@link Purposes#setMinLinkProbability}.
     */
    private void setMinLinkProbability(Context ctx) {
        String code = ctx.pathParam("code");
        if (!code.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new BadField("code", "The path must name a processing activity, such as email.");
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (java.io.IOException e) {
            body = null;
        }
        JsonNode minimum = body == null || !body.isObject() ? null : body.get("minimum");
        if (minimum == null || !(minimum.isNull() || minimum.isNumber())) {
            throw new BadField("minimum", "Send JSON with the field 'minimum': a probability above 0 and at most 1, such as "
                    + "{\"minimum\": 0.95}, or {\"minimum\": null} for none.");
        }
        Double value = minimum.isNull() ? null : minimum.doubleValue();
        if (value != null && !(value > 0 && value <= 1)) {
            throw new BadField("minimum", "The field 'minimum' must be above 0 and at most 1, such as 0.95; got " + minimum + ".");
        }
        Activity a = purposes.setMinLinkProbability(RequestGuard.session(ctx).user().username(), code, value);
        ctx.json(Map.of("activity", a));
    }

    private GateReport dryRun(Context ctx) {
        Session session = RequestGuard.session(ctx);
        String purpose = ctx.queryParam("purpose");
        if (purpose == null || !purpose.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new BadField("purpose", "The field 'purpose' must name a processing activity, such as canvassing.");
        }
        int examples = (int) BadField.number("examples", ctx.queryParam("examples"), 0, 20, 0);
        return gate.dryRun(purpose, session.user().username(), selection(ctx), examples);
    }

    private static Selection selection(Context ctx) {
        String la = value(ctx.queryParam("la"));
        String district = value(ctx.queryParam("district"));
        if (!la.isEmpty() && !la.matches("[A-Z][0-9]{8}")) {
            throw new BadField("la", "The field 'la' must be a local authority's GSS code, such as E07000223.");
        }
        if (!district.isEmpty()) {
            if (la.isEmpty()) {
                throw new BadField("district", "The field 'district' needs 'la', the local authority it belongs to.");
            }
            return Selection.pollingDistricts(la, List.of(district));
        }
        return la.isEmpty() ? Selection.everyone() : Selection.localAuthority(la);
    }

    private void consentsJson(Context ctx) {
        long id = BadField.number("id", ctx.pathParam("id"), 1, Long.MAX_VALUE, -1);
        ctx.json(Map.of("person", id, "history", consents.history(id), "live", consents.states(id)));
    }

    private static String value(String s) {
        return s == null ? "" : s.strip();
    }
}
