package org.hustings.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.Field;
import org.hustings.link.store.LinkStore;
import org.hustings.staff.Session;

/**
 * The link review queue as a page and as JSON: each pair in the uncertain band with both records
 * side by side and the evidence per field, and accept / reject. The decision is stored under the
 * reviewer's username and reused by later runs that meet the same pair. Accepting a dataset's
 * pending row attaches its values to the person (docs/adr/0133); the page then says how many, and
 * to whom, and the JSON answer carries {@code valuesAttached}. Other pairs of the same row that the
 * decision closed ('superseded') leave the queue; the page and {@code superseded} in the answer say
 * how many.
 */
final class LinkReviewPage {
    static final int SHOWN = 50;

    private final LinkStore links;
    private final Templates templates;
    private final ObjectMapper json;

    LinkReviewPage(LinkStore links, Templates templates, ObjectMapper json) {
        this.links = links;
        this.templates = templates;
        this.json = json;
    }

    void register(Routes routes) {
        routes.get("/link/review", this::show);
        routes.post("/link/review/{id}", this::decideFromForm);
        routes.get("/api/link/review", this::list);
        routes.post("/api/link/review/{id}/accept", ctx -> decide(ctx, true));
        routes.post("/api/link/review/{id}/reject", ctx -> decide(ctx, false));
    }

    private void show(Context ctx) {
        Session session = RequestGuard.session(ctx);
        List<LinkStore.ReviewItem> queue = links.reviewQueue(null);
        List<Map<String, Object>> items = new ArrayList<>();
        for (LinkStore.ReviewItem item : queue.subList(0, Math.min(SHOWN, queue.size()))) {
            items.add(view(item));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("items", items);
        model.put("total", queue.size());
        model.put("shown", items.size());
        model.put("canDecide", AccessTable.LINK_REVIEWERS.contains(session.user().role()));
        model.put("decided", decided(ctx));
        templates.page(ctx, "link-review", session, model);
    }

    private void decideFromForm(Context ctx) {
        String decision = ctx.formParam("decision");
        if (!"accept".equals(decision) && !"reject".equals(decision)) {
            throw new BadField("decision", "The field 'decision' must be accept or reject.");
        }
        LinkStore.Decided d = links.decide(id(ctx), decision.equals("accept"), RequestGuard.session(ctx).user().username());
        ctx.redirect("/link/review?decided=" + d.linkId(), HttpStatus.SEE_OTHER);
    }

    /** What to say about the pair just decided (read back from the store): for an accepted list row, its values and their person. */
    private Map<String, Object> decided(Context ctx) {
        String q = ctx.queryParam("decided");
        if (q == null || !q.matches("[0-9]{1,18}")) {
            return null;
        }
        return links.decision(Long.parseLong(q)).map(d -> {
            Map<String, Object> m = new HashMap<>();
            m.put("linkId", d.linkId());
            m.put("accepted", d.status().equals("accepted"));
            m.put("personId", d.personId());
            m.put("pendingRow", d.pendingRow());
            m.put("line", d.line());
            m.put("datasetId", d.datasetId());
            m.put("values", d.valuesAttached());
            m.put("superseded", d.superseded());
            return m;
        }).orElse(null);
    }

    private void list(Context ctx) {
        int limit = (int) BadField.number("limit", ctx.queryParam("limit"), 1, Api.MAX_LIMIT, SHOWN);
        List<LinkStore.ReviewItem> queue = links.reviewQueue(null);
        List<Map<String, Object>> items = new ArrayList<>();
        for (LinkStore.ReviewItem item : queue.subList(0, Math.min(limit, queue.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("linkId", item.linkId());
            m.put("runId", item.runId());
            m.put("rowKey", item.rowKey());
            m.put("personId", item.personId());
            m.put("electorId", item.electorId());
            m.put("probability", item.probability());
            m.put("weight", item.weight());
            m.put("explanation", parse(item.explanation()));
            items.add(m);
        }
        ctx.json(Map.of("total", queue.size(), "items", items));
    }

    private void decide(Context ctx, boolean accept) {
        long id = id(ctx);
        LinkStore.Decided d = links.decide(id, accept, RequestGuard.session(ctx).user().username());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("linkId", id);
        out.put("status", d.status());
        out.put("personId", d.personId());
        out.put("modelProbability", d.modelProbability());
        out.put("datasetId", d.datasetId());
        out.put("line", d.line());
        out.put("valuesAttached", d.valuesAttached());
        out.put("superseded", d.superseded());
        ctx.json(out);
    }

    private Map<String, Object> view(LinkStore.ReviewItem item) {
        JsonNode e = parse(item.explanation());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Field f : Field.REGISTER) {
            fields.add(Map.of("name", f.name(), "list", e.path("list").path(f.name()).asText(""),
                    "register", e.path("register").path(f.name()).asText("")));
        }
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (JsonNode p : e.path("parts")) {
            evidence.add(Map.of("field", p.path("field").asText(), "level", p.path("level").asText(),
                    "weight", String.format("%+.2f", p.path("weight").asDouble())));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("item", item);
        m.put("probability", String.format("%.4f", item.probability()));
        m.put("weight", String.format("%+.2f", item.weight()));
        m.put("prior", String.format("%+.2f", e.path("prior").asDouble()));
        m.put("fields", fields);
        m.put("evidence", evidence);
        return m;
    }

    private JsonNode parse(String explanation) {
        try {
            return json.readTree(explanation);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "A stored explanation could not be read: " + e.getMessage(), e);
        }
    }

    private static long id(Context ctx) {
        return BadField.number("id", ctx.pathParam("id"), 1, Long.MAX_VALUE, -1);
    }
}
