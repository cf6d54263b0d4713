package org.hustings.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.rights.AccessReplies;
import org.hustings.rights.AccessReply;
import org.hustings.rights.Candidate;
import org.hustings.rights.Erasure;
import org.hustings.rights.IdentityCheck;
import org.hustings.rights.IdentityMethod;
import org.hustings.rights.Intake;
import org.hustings.rights.Nation;
import org.hustings.rights.Objections;
import org.hustings.rights.PersonSearch;
import org.hustings.rights.RefusalGround;
import org.hustings.rights.RequestKind;
import org.hustings.rights.RequestStatus;
import org.hustings.rights.Requests;
import org.hustings.rights.RightsRequest;
import org.hustings.rights.SearchQuery;
import org.hustings.store.Store;

/**
 * The rights pages and API: the request queue (waiting for identity, overdue, due), the intake
 * form, and a request's page — identity, finding and confirming the person, extension, refusal,
 * the access reply (HTML view, PDF download, JSON) and the actions that honour other rights.
 * Who may use them is in {@link AccessTable} ({@code RIGHTS_HANDLERS}).
 */
final class RightsPages {
    private final Requests requests;
    private final AccessReplies replies;
    private final PersonSearch search;
    private final Erasure erasure;
    private final Objections objections;
    private final Templates templates;

    RightsPages(Store store, Templates templates) {
        this.requests = new Requests(store);
        this.replies = new AccessReplies(store, requests);
        this.search = new PersonSearch(store);
        this.erasure = new Erasure(store, requests);
        this.objections = new Objections(store, requests);
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/requests", this::queue);
        routes.post("/requests", this::intake);
        routes.get("/requests/{id}", this::show);
        routes.post("/requests/{id}/identity", ctx -> act(ctx, id -> requests.verifyIdentity(actor(ctx), id, new IdentityCheck(
                IdentityMethod.of(required(ctx, "method")), required(ctx, "evidence"), date(ctx, "received")))));
        routes.post("/requests/{id}/match", ctx -> act(ctx, id -> requests.confirmPerson(actor(ctx), id,
                BadField.number("person", required(ctx, "person"), 1, Long.MAX_VALUE, -1))));
        routes.post("/requests/{id}/extend", ctx -> act(ctx, id -> requests.extend(actor(ctx), id,
                (int) BadField.number("months", ctx.formParam("months"), 1, 2, 2), required(ctx, "reason"), date(ctx, "told"))));
        routes.post("/requests/{id}/refuse", ctx -> act(ctx, id -> requests.refuse(actor(ctx), id,
                RefusalGround.of(required(ctx, "ground")), required(ctx, "reason"))));
        routes.post("/requests/{id}/send", ctx -> act(ctx, id -> replies.send(actor(ctx), id)));
        routes.post("/requests/{id}/erase", ctx -> act(ctx, id -> erasure.erase(actor(ctx), id)));
        routes.post("/requests/{id}/honour", ctx -> act(ctx, id -> objections.honour(actor(ctx), id)));
        routes.get("/requests/{id}/reply", this::replyHtml);
        routes.get("/requests/{id}/reply.pdf", this::replyPdf);
        routes.get("/api/requests", ctx -> ctx.json(Map.of("requests", requests.queue().stream().map(r -> json(r, requests.today())).toList())));
        routes.post("/api/requests", this::intakeJson);
        routes.get("/api/requests/{id}", ctx -> ctx.json(json(requests.get(id(ctx)), requests.today())));
        routes.get("/api/requests/{id}/reply", ctx -> ctx.contentType("application/json; charset=utf-8")
                .result(replies.json(replies.assemble(id(ctx)))));
    }

    private void queue(Context ctx) {
        LocalDate today = requests.today();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", requests.queue().stream().map(r -> row(r, today)).toList());
        model.put("kinds", List.of(RequestKind.values()));
        model.put("methods", List.of(IdentityMethod.values()));
        model.put("nations", List.of(Nation.values()));
        model.put("today", today.toString());
        templates.page(ctx, "requests", RequestGuard.session(ctx), model);
    }

    private void intake(Context ctx) {
        String method = ctx.formParam("method");
        LocalDate received = date(ctx, "received");
        IdentityCheck check = method == null || method.isBlank() ? null
                : new IdentityCheck(IdentityMethod.of(method), required(ctx, "evidence"), received);
        RightsRequest r = requests.intake(actor(ctx), new Intake(RequestKind.of(required(ctx, "kind")), required(ctx, "name"),
                ctx.formParam("contact"), ctx.formParam("details"), received, Nation.of(required(ctx, "nation")), check));
        ctx.redirect("/requests/" + r.id(), HttpStatus.SEE_OTHER);
    }

    /** The JSON body of {@code POST /api/requests}: the same fields as the intake form. */
    record IntakeJson(String kind, String name, String contact, String details, String received, String nation, String identityMethod,
                      String evidence) { }

    private void intakeJson(Context ctx) {
        IntakeJson in = ctx.bodyAsClass(IntakeJson.class);
        if (in.kind() == null || in.name() == null || in.name().isBlank() || in.received() == null) {
            throw new BadField("kind", "The request needs 'kind', 'name' and 'received' (yyyy-mm-dd).");
        }
        LocalDate received = optionalDate(in.received(), "received");
        IdentityCheck check = in.identityMethod() == null || in.identityMethod().isBlank() ? null
                : new IdentityCheck(IdentityMethod.of(in.identityMethod()), in.evidence(), received);
        RightsRequest r = requests.intake(actor(ctx), new Intake(RequestKind.of(in.kind()), in.name(), in.contact(), in.details(), received,
                Nation.of(in.nation() == null ? Nation.ENGLAND_AND_WALES.code() : in.nation()), check));
        ctx.status(HttpStatus.CREATED).json(json(r, requests.today()));
    }

    private void show(Context ctx) {
        long id = id(ctx);
        RightsRequest r = requests.get(id);
        LocalDate today = requests.today();
        Map<String, Object> model = new HashMap<>();
        model.put("r", row(r, today));
        model.put("req", r);
        model.put("events", requests.events(id));
        model.put("methods", List.of(IdentityMethod.values()));
        model.put("grounds", List.of(RefusalGround.values()));
        SearchQuery q = new SearchQuery(ctx.queryParam("name"), ctx.queryParam("address"), ctx.queryParam("postcode"),
                optionalDate(ctx.queryParam("dob"), "dob"), ctx.queryParam("email"), ctx.queryParam("phone"));
        List<Candidate> found = q.empty() ? List.of() : search.search(actor(ctx), q).people();
        model.put("searched", !q.empty());
        model.put("candidates", found);
        model.put("q", Map.of("name", text(q.name()), "postcode", text(q.postcode()), "email", text(q.email()), "phone", text(q.phone()),
                "address", text(q.address()), "dob", q.birthDate() == null ? "" : q.birthDate().toString()));
        boolean open = r.status() == RequestStatus.OPEN;
        model.put("open", open);
        model.put("canReply", open && r.kind() == RequestKind.ACCESS && r.personId() != null);
        model.put("canErase", open && r.kind() == RequestKind.ERASURE && r.personId() != null);
        model.put("canHonour", !r.closed() && r.personId() != null && List.of(RequestKind.RESTRICTION, RequestKind.OBJECTION_MARKETING,
                RequestKind.OBJECTION_PROFILING, RequestKind.OBJECTION_ALL).contains(r.kind()));
        model.put("plan", model.get("canErase") == Boolean.TRUE ? erasure.plan(id) : null);
        model.put("replyReady", r.kind() == RequestKind.ACCESS && r.personId() != null);
        templates.page(ctx, "request", RequestGuard.session(ctx), model);
    }

    private void replyHtml(Context ctx) {
        AccessReply reply = replies.assemble(id(ctx));
        // The reply is a stand-alone document with its own inline styles and no scripts at all.
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
        ctx.contentType("text/html; charset=utf-8").result(replies.html(reply));
    }

    private void replyPdf(Context ctx) {
        AccessReply reply = replies.assemble(id(ctx));
        ctx.header("Content-Disposition", "attachment; filename=\"access-reply-" + reply.ref() + ".pdf\"");
        ctx.contentType("application/pdf").result(replies.pdf(reply));
    }

    private interface Action {
        Object run(long id);
    }

    private void act(Context ctx, Action action) {
        long id = id(ctx);
        action.run(id);
        if (RequestGuard.isApi(ctx)) {
            ctx.json(json(requests.get(id), requests.today()));
        } else {
            ctx.redirect("/requests/" + id, HttpStatus.SEE_OTHER);
        }
    }

    static Map<String, Object> row(RightsRequest r, LocalDate today) {
        Map<String, Object> m = new HashMap<>();
        m.put("ref", r.ref());
        m.put("id", r.id());
        m.put("kind", r.kind().plain());
        m.put("law", r.kind().law());
        m.put("name", r.requesterName());
        m.put("received", r.receivedOn().toString());
        m.put("state", r.status() == RequestStatus.AWAITING_IDENTITY ? "waiting for identity"
                : r.overdue(today) ? "overdue" : r.closed() ? r.status().code() : "due");
        m.put("deadline", r.deadline() == null ? "—" : r.deadline().toString());
        m.put("person", r.personId() == null ? "not matched" : "person " + r.personId());
        return m;
    }

    static Map<String, Object> json(RightsRequest r, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", r.ref());
        m.put("id", r.id());
        m.put("kind", r.kind().code());
        m.put("status", r.status().code());
        m.put("receivedOn", r.receivedOn().toString());
        m.put("clockStartsOn", r.clockStartsOn() == null ? null : r.clockStartsOn().toString());
        m.put("dueOn", r.dueOn() == null ? null : r.dueOn().toString());
        m.put("extendedDueOn", r.extendedDueOn() == null ? null : r.extendedDueOn().toString());
        m.put("overdue", r.overdue(today));
        m.put("personId", r.personId());
        return m;
    }

    private static String actor(Context ctx) {
        return "web:" + RequestGuard.session(ctx).user().username();
    }

    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        return BadField.number("id", raw.startsWith("R-") ? raw.substring(2) : raw, 1, Long.MAX_VALUE, -1);
    }

    private static String required(Context ctx, String field) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new BadField(field, "The field '" + field + "' is missing.");
        }
        return v.strip();
    }

    private static LocalDate date(Context ctx, String field) {
        LocalDate d = optionalDate(ctx.formParam(field), field);
        if (d == null) {
            throw new BadField(field, "The field '" + field + "' is missing: give a date as yyyy-mm-dd.");
        }
        return d;
    }

    private static LocalDate optionalDate(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadField(field, "The field '" + field + "' must be a date as yyyy-mm-dd.");
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
