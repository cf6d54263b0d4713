package org.hustings.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hustings.gate.Gate;
import org.hustings.gate.GateReport;
import org.hustings.gate.Selection;
import org.hustings.purpose.Purposes;
import org.hustings.staff.Session;
import org.hustings.store.Store;

/**
 * The gate's dry run as a page: pick an activity and, if wanted, a local authority and polling
 * districts; see what the activity would get — fields and people — and what is refused, by which
 * rule, why and under which law, with counts and, on request, example people (internal ids). No
 * value is read; the dry run is recorded in the ledger as the API's is ({@link Gate#dryRun}).
 */
final class GatePage {
    static final int MAX_EXAMPLES = 20;
    private final Gate gate;
    private final Purposes purposes;
    private final Templates templates;

    GatePage(Store store, Templates templates) {
        this.gate = new Gate(store);
        this.purposes = new Purposes(store);
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/gate", this::show);
    }

    private void show(Context ctx) {
        Session session = RequestGuard.session(ctx);
        String purpose = value(ctx.queryParam("purpose"));
        String la = value(ctx.queryParam("la"));
        String districts = value(ctx.queryParam("districts"));
        int examples = (int) BadField.number("examples", ctx.queryParam("examples"), 0, MAX_EXAMPLES, 0);
        Map<String, Object> model = new HashMap<>();
        model.put("activities", purposes.list());
        model.put("purpose", purpose);
        model.put("la", la);
        model.put("districts", districts);
        model.put("examples", examples);
        model.put("ran", !purpose.isEmpty());
        model.put("consentLinks", AccessTable.CONSENT_READERS.contains(session.user().role()));
        if (!purpose.isEmpty()) {
            if (!purpose.matches("[a-z][a-z0-9_]{0,59}")) {
                throw new BadField("purpose", "The field 'purpose' must name a processing activity, such as canvassing.");
            }
            GateReport report = gate.dryRun(purpose, session.user().username(), selection(la, districts), examples);
            model.put("report", report);
            model.put("activity", purposes.require(purpose));
        }
        templates.page(ctx, "gate", session, model);
    }

    /** Everyone, a local authority's current electors, or some of its polling districts (comma or space separated). */
    static Selection selection(String la, String districts) {
        if (!la.isEmpty() && !la.matches("[A-Z][0-9]{8}")) {
            throw new BadField("la", "The field 'la' must be a local authority's GSS code, such as E07000223.");
        }
        List<String> list = Arrays.stream(districts.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (!list.isEmpty()) {
            if (la.isEmpty()) {
                throw new BadField("districts", "The field 'districts' needs 'la', the local authority the districts belong to.");
            }
            if (list.size() > 100 || list.stream().anyMatch(d -> !d.matches("[A-Za-z0-9]{1,10}"))) {
                throw new BadField("districts", "The field 'districts' takes up to 100 polling district codes such as AA or AB1.");
            }
            return Selection.pollingDistricts(la, list);
        }
        return la.isEmpty() ? Selection.everyone() : Selection.localAuthority(la);
    }

    private static String value(String s) {
        return s == null ? "" : s.strip();
    }
}
