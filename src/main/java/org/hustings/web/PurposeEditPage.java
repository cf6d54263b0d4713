package org.hustings.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.provenance.Article9Condition;
import org.hustings.provenance.DataCategory;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;
import org.hustings.purpose.ActivityEdit;
import org.hustings.purpose.Dpia;
import org.hustings.purpose.DpiaSignOff;
import org.hustings.purpose.DpiaStatus;
import org.hustings.purpose.Purposes;
import org.hustings.staff.Session;
import org.hustings.store.Store;

/**
 * One processing activity's page and API: its Article 30 entry, the form that edits it (only the
 * lawful bases that fit the activity are offered — never public task outside electoral law, only
 * consent for marketing by email or text), and its DPIAs: drafting one, and the DPO's sign-off
 * with who, when and the document's reference. Every change goes through {@link Purposes}, which
 * checks it against the taxonomy and the law and writes it to the ledger.
 */
final class PurposeEditPage {
    private final Purposes purposes;
    private final Templates templates;

    PurposeEditPage(Store store, Templates templates) {
        this.purposes = new Purposes(store);
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/purposes/{code}", ctx -> show(ctx, null, FormValues.empty()));
        routes.post("/purposes/{code}", ctx -> Forms.submit(ctx, "edit", () -> {
            purposes.edit(Forms.actor(ctx), code(ctx), fromForm(ctx));
            return link(code(ctx)) + "?saved=1";
        }, this::show));
        routes.post("/purposes/{code}/min-link-probability", ctx -> Forms.submit(ctx, "minimum", () -> {
            purposes.setMinLinkProbability(Forms.actor(ctx), code(ctx), minimum(Forms.optional(ctx, "minimum")));
            return link(code(ctx)) + "?saved=1";
        }, this::show));
        routes.post("/purposes/{code}/dpias", ctx -> Forms.submit(ctx, "draft", () -> {
            long id = purposes.draftDpia(Forms.actor(ctx), code(ctx), ctx.formParam("summary"));
            return link(code(ctx)) + "#dpia-" + id;
        }, this::show));
        routes.post("/purposes/{code}/dpias/{id}", ctx -> {
            long id = BadField.number("id", ctx.pathParam("id"), 1, Long.MAX_VALUE, -1);
            Forms.submit(ctx, "decide-" + id, () -> {
                decide(ctx, id, ctx.formParam("decision"), ctx.formParam("signedOffBy"), ctx.formParam("signedOffOn"), ctx.formParam("reference"));
                return link(code(ctx)) + "#dpia-" + id;
            }, this::show);
        });

        routes.get("/api/purposes/{code}", ctx -> ctx.json(json(purposes.require(code(ctx)))));
        routes.post("/api/purposes/{code}", ctx -> ctx.json(json(purposes.edit(Forms.actor(ctx), code(ctx), fromJson(ctx)))));
        routes.post("/api/purposes/{code}/dpias", ctx -> {
            JsonNode in = JsonBody.object(ctx);
            long id = purposes.draftDpia(Forms.actor(ctx), code(ctx), text(in, "summary"));
            ctx.status(HttpStatus.CREATED).json(Map.of("activity", code(ctx), "dpia", id));
        });
        routes.post("/api/purposes/{code}/dpias/{id}/decision", ctx -> {
            long id = BadField.number("id", ctx.pathParam("id"), 1, Long.MAX_VALUE, -1);
            JsonNode in = JsonBody.object(ctx);
            if (!in.has("approve") || !in.get("approve").isBoolean()) {
                throw new BadField("approve", "The field 'approve' must be true (approve) or false (reject).");
            }
            ctx.json(decide(ctx, id, in.get("approve").asBoolean() ? "approve" : "reject", text(in, "signedOffBy"), text(in, "signedOffOn"),
                    text(in, "reference")));
        });
    }

    private void show(Context ctx, FailedForm failed, FormValues sent) {
        Session session = RequestGuard.session(ctx);
        Activity a = purposes.require(code(ctx));
        Taxonomy t = purposes.taxonomy();
        FormValues form = sent;
        if (failed == null) {
            Map<String, List<String>> d = new HashMap<>();
            d.put("name", List.of(a.name()));
            d.put("description", List.of(a.description()));
            d.put("article6", List.of(a.article6()));
            d.put("article9", List.of(a.article9() == null ? "" : a.article9()));
            d.put("categories", a.categories());
            d.put("recipients", List.of(String.join("\n", a.recipients())));
            d.put("retention", List.of(a.retention()));
            d.put("dpiaRequired", a.dpiaRequired() ? List.of("yes") : List.of());
            d.put("minimum", List.of(a.minLinkProbability() == null ? "" : String.valueOf(a.minLinkProbability())));
            d.put("signedOffBy", List.of(session.user().displayName()));
            d.put("signedOffOn", List.of(LocalDate.now(ZoneId.of("Europe/London")).toString()));
            form = FormValues.of(d);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("a", a);
        model.put("failed", failed);
        model.put("form", form);
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("canEdit", AccessTable.PURPOSE_EDITORS.contains(session.user().role()));
        model.put("canDecide", AccessTable.DPIA_DECIDERS.contains(session.user().role()));
        model.put("dpiaState", !a.dpiaRequired() ? "not needed" : purposes.dpiaApproved(a.code()) ? "approved"
                : "needed, and none is approved: the gate refuses this activity until one is (UK GDPR Art 35)");
        model.put("dpias", purposes.dpias(a.code()).stream().map(PurposeEditPage::dpiaRow).toList());
        model.put("bases", purposes.basesFor(a));
        model.put("basisFits", purposes.basesFor(a).stream().anyMatch(b -> b.key().equals(a.article6())));
        model.put("conditions", t.article9Conditions().stream().sorted(Comparator.comparing(Article9Condition::article)).toList());
        model.put("categories", t.categories().stream().sorted(Comparator.comparing(DataCategory::key)).toList());
        templates.page(ctx, "purpose", session, model);
    }

    /** The minimum link probability typed in the form: blank clears it, else a number such as 0.95. */
    private static Double minimum(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Double.valueOf(typed);
        } catch (NumberFormatException e) {
            throw new BadField("minimum", "The minimum link probability must be a number above 0 and at most 1, such as 0.95, or blank for none; not '"
                    + typed + "'.");
        }
    }

    private static Map<String, Object> dpiaRow(Dpia d) {
        Map<String, Object> m = new HashMap<>();
        m.put("d", d);
        m.put("drafted", Labels.when(d.draftedAt()));
        m.put("decided", d.decidedAt() == null ? "" : Labels.when(d.decidedAt()));
        m.put("draft", d.status() == DpiaStatus.DRAFT);
        return m;
    }

    /** The edit form: every editable field is sent, so each replaces what is there. */
    private static ActivityEdit fromForm(Context ctx) {
        List<String> recipients = ctx.formParam("recipients") == null ? List.of()
                : ctx.formParam("recipients").lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ActivityEdit(ctx.formParam("name"), ctx.formParam("description"), ctx.formParam("article6"),
                ctx.formParam("article9") == null ? "" : ctx.formParam("article9"), Forms.ticked(ctx, "categories"), recipients,
                ctx.formParam("retention"), ctx.formParam("dpiaRequired") != null);
    }

    /** The JSON edit: a field left out keeps what is there; {@code "article9": null} or {@code ""} removes the condition. */
    private static ActivityEdit fromJson(Context ctx) {
        JsonNode in = JsonBody.object(ctx);
        for (var it = in.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("name", "description", "article6", "article9", "categories", "recipients", "retention", "dpiaRequired").contains(f)) {
                throw new BadField(f, "The field '" + f + "' cannot be edited here; the editable fields are name, description, article6, "
                        + "article9, categories, recipients, retention and dpiaRequired.");
            }
        }
        Boolean dpia = null;
        if (in.has("dpiaRequired")) {
            if (!in.get("dpiaRequired").isBoolean()) {
                throw new BadField("dpiaRequired", "The field 'dpiaRequired' must be true or false.");
            }
            dpia = in.get("dpiaRequired").asBoolean();
        }
        String article9 = in.has("article9") ? (in.get("article9").isNull() ? "" : in.get("article9").asText()) : null;
        return new ActivityEdit(text(in, "name"), text(in, "description"), text(in, "article6"), article9, list(in, "categories"),
                list(in, "recipients"), text(in, "retention"), dpia);
    }

    private Dpia decide(Context ctx, long id, String decision, String by, String on, String reference) {
        if (decision == null || !(decision.equals("approve") || decision.equals("reject"))) {
            throw new BadField("decision", "Choose whether to approve or reject the assessment.");
        }
        Dpia d = purposes.dpias(code(ctx)).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.NOT_FOUND, "Activity '" + code(ctx) + "' has no DPIA " + id + "."));
        boolean any = (by != null && !by.isBlank()) || (on != null && !on.isBlank()) || (reference != null && !reference.isBlank());
        boolean approve = decision.equals("approve");
        if (!approve && !any) {
            return purposes.decideDpia(Forms.actor(ctx), d.id(), false);
        }
        return purposes.decideDpia(Forms.actor(ctx), d.id(), approve, new DpiaSignOff(by, date(on), reference));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadField("signedOffOn", "The field 'signedOffOn' must be a date as yyyy-mm-dd.");
        }
    }

    static Map<String, Object> json(Activity a, Purposes purposes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("activity", a);
        m.put("dpiaApproved", purposes.dpiaApproved(a.code()));
        m.put("dpias", purposes.dpias(a.code()));
        m.put("basesOffered", purposes.basesFor(a).stream().map(b -> b.key()).toList());
        return m;
    }

    private Map<String, Object> json(Activity a) {
        return json(a, purposes);
    }

    private static String text(JsonNode in, String field) {
        JsonNode v = in.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadField(field, "The field '" + field + "' must be text.");
        }
        return v.asText();
    }

    private static List<String> list(JsonNode in, String field) {
        JsonNode v = in.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            throw new BadField(field, "The field '" + field + "' must be a list of text.");
        }
        List<String> out = new ArrayList<>();
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    private static String code(Context ctx) {
        String code = ctx.pathParam("code");
        if (!code.matches("[a-z][a-z0-9_]{0,59}")) {
            throw new BadField("code", "The address must name a processing activity, such as canvassing.");
        }
        return code;
    }

    static String link(String code) {
        return "/purposes/" + code;
    }
}
