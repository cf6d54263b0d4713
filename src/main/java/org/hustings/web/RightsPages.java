package org.hustings.web;

import static org.hustings.web.Forms.actor;

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
import org.hustings.rights.Letter;
import org.hustings.rights.LetterKind;
import org.hustings.rights.Letters;
import org.hustings.rights.Rectification;
import org.hustings.rights.ReviewBand;
import org.hustings.rights.Withdrawal;
import org.hustings.consent.ConsentMethod;
import org.hustings.purpose.Channel;
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

    private final Letters letters;
    private final ReviewBand reviewBand;
    private final Rectification rectification;
    private final Withdrawal withdrawal;

    RightsPages(Store store, Templates templates) {
        this.requests = new Requests(store);
        this.replies = new AccessReplies(store, requests);
        this.search = new PersonSearch(store);
        this.erasure = new Erasure(store, requests);
        this.objections = new Objections(store, requests);
        this.letters = new Letters(store, requests);
        this.reviewBand = new ReviewBand(store, requests);
        this.rectification = new Rectification(store, requests);
        this.withdrawal = new Withdrawal(store, requests);
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/requests", this::queue);
        routes.post("/requests", this::intake);
        routes.get("/requests/{id}", this::show);
        // Every action on a request is one handler, reachable from the page's forms (/requests/…, form fields, redirect) and
        // from the JSON API (/api/requests/…, a JSON body, the request as JSON back): the same names in both.
        both(routes, "/identity", ctx -> act(ctx, id -> requests.verifyIdentity(actor(ctx), id, new IdentityCheck(
                IdentityMethod.of(required(ctx, "method")), required(ctx, "evidence"), date(ctx, "received")))));
        both(routes, "/match", ctx -> act(ctx, id -> requests.confirmPerson(actor(ctx), id,
                BadField.number("person", required(ctx, "person"), 1, Long.MAX_VALUE, -1))));
        both(routes, "/extend", ctx -> act(ctx, id -> requests.extend(actor(ctx), id,
                (int) BadField.number("months", param(ctx, "months"), 1, 2, 2), required(ctx, "reason"), date(ctx, "told"))));
        both(routes, "/refuse", ctx -> act(ctx, id -> requests.refuse(actor(ctx), id,
                RefusalGround.of(required(ctx, "ground")), required(ctx, "reason"))));
        both(routes, "/send", ctx -> act(ctx, id -> replies.send(actor(ctx), id)));
        both(routes, "/erase", ctx -> act(ctx, id -> erasure.erase(actor(ctx), id)));
        // Restriction (Art 18) and objection (Art 21) each have their own action; each refuses a request of the other kind.
        both(routes, "/restrict", ctx -> act(ctx, id -> objections.restrict(actor(ctx), id)));
        both(routes, "/object", ctx -> act(ctx, id -> objections.object(actor(ctx), id)));
        // An alias kept for callers of the older shared action: it does /restrict or /object, whichever the request's kind is.
        both(routes, "/honour", ctx -> act(ctx, id -> objections.honour(actor(ctx), id)));
        both(routes, "/rectify", this::rectify);
        both(routes, "/withdraw", ctx -> act(ctx, id -> withdrawal.withdraw(actor(ctx), id, new Withdrawal.Scope(blankToNull(param(ctx, "purpose")),
                blankToNull(param(ctx, "channel")) == null ? null : Channel.of(param(ctx, "channel").strip())),
                ConsentMethod.of(blankToNull(param(ctx, "how")) == null ? "email" : param(ctx, "how").strip()))));
        both(routes, "/links/{link}/confirm", ctx -> act(ctx, id -> {
            reviewBand.confirm(actor(ctx), id, BadField.number("link", ctx.pathParam("link"), 1, Long.MAX_VALUE, -1));
            return null;
        }));
        both(routes, "/links/{link}/reject", ctx -> act(ctx, id -> {
            reviewBand.reject(actor(ctx), id, BadField.number("link", ctx.pathParam("link"), 1, Long.MAX_VALUE, -1));
            return null;
        }));
        both(routes, "/letters/{kind}/send", ctx -> act(ctx, id -> letters.send(actor(ctx), id, LetterKind.of(ctx.pathParam("kind")))));
        routes.get("/requests/{id}/reply", this::replyHtml);
        routes.get("/requests/{id}/reply.pdf", this::replyPdf);
        routes.get("/requests/{id}/letters/{kind}", this::letterHtml);
        routes.get("/requests/{id}/letters/{kind}/pdf", this::letterPdf);
        routes.get("/api/requests", ctx -> ctx.json(Map.of("requests", requests.queue().stream().map(r -> json(r, requests.today())).toList())));
        routes.post("/api/requests", this::intakeJson);
        routes.get("/api/requests/{id}", this::requestJson);
        routes.get("/api/requests/{id}/reply", ctx -> ctx.contentType("application/json; charset=utf-8")
                .result(replies.json(replies.assemble(id(ctx)))));
        routes.get("/api/requests/{id}/letters/{kind}", ctx -> ctx.contentType("application/json; charset=utf-8")
                .result(letters.json(letters.write(id(ctx), LetterKind.of(ctx.pathParam("kind"))))));
        routes.get("/api/requests/{id}/search", this::searchJson);
        routes.get("/api/requests/{id}/links", ctx -> ctx.json(Map.of("links", reviewBand.forRequest(id(ctx)))));
        routes.get("/api/requests/{id}/erasure-plan", ctx -> ctx.json(erasure.plan(id(ctx))));
    }

    /** Registers a POST action on a request for the page ({@code /requests/{id}…}) and the API ({@code /api/requests/{id}…}). */
    private static void both(Routes routes, String action, io.javalin.http.Handler handler) {
        routes.post("/requests/{id}" + action, handler);
        routes.post("/api/requests/{id}" + action, handler);
    }

    private void rectify(Context ctx) {
        long id = id(ctx);
        String reason = required(ctx, "reason");
        Rectification.Reason why;
        try {
            why = Rectification.Reason.valueOf(reason.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadField("reason", "The field 'reason' must be inaccurate, out_of_date or incomplete (UK GDPR Art 16).");
        }
        var k = new Rectification.Correction(required(ctx, "field"), required(ctx, "value"), why, required(ctx, "explanation"));
        boolean dryRun = RequestGuard.isApi(ctx) && "true".equalsIgnoreCase(String.valueOf(param(ctx, "dryRun")));
        Map<String, Long> rows = dryRun ? rectification.plan(id, k) : rectification.rectify(actor(ctx), id, k);
        if (RequestGuard.isApi(ctx)) {
            Map<String, Object> m = new LinkedHashMap<>(json(requests.get(id), requests.today()));
            m.put(dryRun ? "wouldChange" : "changed", rows);
            ctx.json(m);
        } else {
            ctx.redirect("/requests/" + id, HttpStatus.SEE_OTHER);
        }
    }

    private void requestJson(Context ctx) {
        long id = id(ctx);
        RightsRequest r = requests.get(id);
        Map<String, Object> m = new LinkedHashMap<>(json(r, requests.today()));
        m.put("requester", r.requesterName());
        m.put("extensionReason", r.extensionReason());
        m.put("refusalGround", r.refusalGround() == null ? null : r.refusalGround().code());
        m.put("refusalReason", r.refusalReason());
        m.put("letters", Letters.available(r).stream().map(LetterKind::code).toList());
        m.put("events", requests.events(id).stream().map(e -> Map.of("at", e.at().toString(), "actor", e.actor(), "event", e.event(),
                "note", e.note() == null ? "" : e.note())).toList());
        ctx.json(m);
    }

    private void searchJson(Context ctx) {
        id(ctx);
        SearchQuery q = new SearchQuery(ctx.queryParam("name"), ctx.queryParam("address"), ctx.queryParam("postcode"),
                optionalDate(ctx.queryParam("dob"), "dob"), ctx.queryParam("email"), ctx.queryParam("phone"));
        if (q.empty()) {
            throw new BadField("name", "Give at least one of name, address, postcode, dob, email or phone.");
        }
        var found = search.search(actor(ctx), q);
        ctx.json(Map.of("people", found.people(), "unlinked", found.unlinked()));
    }

    private void letterHtml(Context ctx) {
        Letter letter = letters.write(id(ctx), LetterKind.of(ctx.pathParam("kind")));
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
        ctx.contentType("text/html; charset=utf-8").result(letters.html(letter));
    }

    private void letterPdf(Context ctx) {
        Letter letter = letters.write(id(ctx), LetterKind.of(ctx.pathParam("kind")));
        ctx.header("Content-Disposition", "attachment; filename=\"" + letter.kind().code() + "-letter-" + letter.ref() + ".pdf\"");
        ctx.contentType("application/pdf").result(letters.pdf(letter));
    }

    private void queue(Context ctx) {
        LocalDate today = requests.today();
        Map<String, Object> model = new HashMap<>();
        model.put("rows", requests.queue().stream().map(r -> row(r, today)).toList());
        model.put("kinds", List.of(RequestKind.values()));
        model.put("methods", List.of(IdentityMethod.values()));
        model.put("nations", List.of(Nation.values()));
        model.put("today", today.toString());
        // Chosen on the People page ("take in a request for this person"): the form carries it, the intake matches it.
        model.put("person", person(ctx.queryParam("person")));
        templates.page(ctx, "requests", RequestGuard.session(ctx), model);
    }

    private void intake(Context ctx) {
        String method = ctx.formParam("method");
        LocalDate received = date(ctx, "received");
        IdentityCheck check = method == null || method.isBlank() ? null
                : new IdentityCheck(IdentityMethod.of(method), required(ctx, "evidence"), received);
        RightsRequest r = requests.intake(actor(ctx), new Intake(RequestKind.of(required(ctx, "kind")), required(ctx, "name"),
                ctx.formParam("contact"), ctx.formParam("details"), received, Nation.of(required(ctx, "nation")), check),
                person(ctx.formParam("person")));
        ctx.redirect("/requests/" + r.id(), HttpStatus.SEE_OTHER);
    }

    /** The JSON body of {@code POST /api/requests}: the same fields as the intake form; {@code personId} is optional. */
    record IntakeJson(String kind, String name, String contact, String details, String received, String nation, String identityMethod,
                      String evidence, Long personId) { }

    private void intakeJson(Context ctx) {
        IntakeJson in = ctx.bodyAsClass(IntakeJson.class);
        if (in.kind() == null || in.name() == null || in.name().isBlank() || in.received() == null) {
            throw new BadField("kind", "The request needs 'kind', 'name' and 'received' (yyyy-mm-dd).");
        }
        LocalDate received = optionalDate(in.received(), "received");
        IdentityCheck check = in.identityMethod() == null || in.identityMethod().isBlank() ? null
                : new IdentityCheck(IdentityMethod.of(in.identityMethod()), in.evidence(), received);
        RightsRequest r = requests.intake(actor(ctx), new Intake(RequestKind.of(in.kind()), in.name(), in.contact(), in.details(), received,
                Nation.of(in.nation() == null ? Nation.ENGLAND_AND_WALES.code() : in.nation()), check), in.personId());
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
        model.put("canRestrict", !r.closed() && r.personId() != null && r.kind() == RequestKind.RESTRICTION);
        model.put("canObject", !r.closed() && r.personId() != null && Objections.isObjection(r.kind()));
        model.put("plan", model.get("canErase") == Boolean.TRUE ? erasure.plan(id) : null);
        model.put("replyReady", r.kind() == RequestKind.ACCESS && r.personId() != null);
        model.put("letters", Letters.available(r).stream().map(LetterKind::code).toList());
        model.put("reviewLinks", r.personId() == null ? List.of() : reviewBand.forPerson(r.personId()));
        model.put("canRectify", open && r.kind() == RequestKind.RECTIFICATION && r.personId() != null);
        model.put("canWithdraw", open && r.kind() == RequestKind.CONSENT_WITHDRAWAL && r.personId() != null);
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

    /** The optional person of an intake (a form or query field), or null. */
    private static Long person(String raw) {
        return raw == null || raw.isBlank() ? null : BadField.number("person", raw, 1, Long.MAX_VALUE, -1);
    }

    private static long id(Context ctx) {
        String raw = ctx.pathParam("id");
        return BadField.number("id", raw.startsWith("R-") ? raw.substring(2) : raw, 1, Long.MAX_VALUE, -1);
    }

    /**
     * A field of the action: from the form on the page, or from the JSON body on the API (read once
     * per request). Numbers and booleans in JSON are taken as their text.
     */
    private static String param(Context ctx, String field) {
        if (!RequestGuard.isApi(ctx)) {
            return ctx.formParam(field);
        }
        Map<?, ?> body = ctx.attribute("rights.body");
        if (body == null) {
            String raw = ctx.body();
            try {
                body = raw == null || raw.isBlank() ? Map.of() : JSON.readValue(raw, Map.class);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new BadField("body", "The request body must be a JSON object: " + e.getOriginalMessage());
            }
            ctx.attribute("rights.body", body);
        }
        Object v = body.get(field);
        return v == null ? null : String.valueOf(v);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String required(Context ctx, String field) {
        String v = param(ctx, field);
        if (v == null || v.isBlank()) {
            throw new BadField(field, "The field '" + field + "' is missing.");
        }
        return v.strip();
    }

    private static LocalDate date(Context ctx, String field) {
        LocalDate d = optionalDate(param(ctx, field), field);
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
