package org.hustings.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.consent.ConsentEntry;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.ConsentState;
import org.hustings.consent.ConsentStatus;
import org.hustings.consent.Consents;
import org.hustings.consent.Recorded;
import org.hustings.provenance.SourceView;
import org.hustings.provenance.Sources;
import org.hustings.provenance.WordingKind;
import org.hustings.provenance.WordingVersion;
import org.hustings.purpose.Channel;
import org.hustings.purpose.Purposes;
import org.hustings.staff.Session;
import org.hustings.store.Store;

/**
 * A person's consents: the live state and the whole history per purpose and channel (granted or
 * withdrawn, when, how, who recorded it, the wording version shown), and the forms that record a
 * grant or a withdrawal — a withdrawal takes effect for the very next gated read. Found by the
 * person's internal id. Every record goes through {@link Consents}, which keeps the history and
 * writes the ledger.
 */
final class ConsentsPage {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private final Consents consents;
    private final Sources sources;
    private final Purposes purposes;
    private final Templates templates;

    ConsentsPage(Store store, Templates templates) {
        this.consents = new Consents(store);
        this.sources = new Sources(store);
        this.purposes = new Purposes(store);
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/consents", this::find);
        routes.get("/people/{id}/consents", ctx -> show(ctx, null, FormValues.empty()));
        routes.post("/people/{id}/consents/grant", ctx -> Forms.submit(ctx, "grant", () -> {
            long id = person(ctx);
            String[] wording = wording(ctx.formParam("wording"));
            Recorded r = consents.record(Forms.actor(ctx), ConsentRecord.grant(id, Forms.required(ctx, "purpose", "The purpose"),
                    channel(ctx.formParam("channel")), when(ctx.formParam("givenAt")), method(ctx.formParam("method")), wording[0],
                    wording[1] == null ? null : Integer.valueOf(wording[1])));
            return page(id) + "?recorded=" + r.consentId();
        }, this::show));
        routes.post("/people/{id}/consents/withdraw", ctx -> Forms.submit(ctx, "withdraw", () -> {
            long id = person(ctx);
            Recorded r = consents.record(Forms.actor(ctx), ConsentRecord.withdraw(id, Forms.required(ctx, "purpose", "The purpose"),
                    channel(ctx.formParam("channel")), Instant.now(), method(ctx.formParam("method"))));
            return page(id) + "?recorded=" + r.consentId();
        }, this::show));
        routes.post("/api/people/{id}/consents", this::recordJson);
    }

    private void find(Context ctx) {
        String person = ctx.queryParam("person");
        if (person != null && !person.isBlank()) {
            long id = BadField.number("person", person, 1, Long.MAX_VALUE, -1);
            ctx.redirect(page(id), HttpStatus.SEE_OTHER);
            return;
        }
        templates.page(ctx, "consents", RequestGuard.session(ctx), Map.of());
    }

    private void show(Context ctx, FailedForm failed, FormValues sent) {
        Session session = RequestGuard.session(ctx);
        long id = person(ctx);
        if (!consents.known(id)) {
            throw new HustingsException(ErrorCode.NOT_FOUND, "There is no person " + id + ".");
        }
        List<ConsentEntry> history = consents.history(id);
        List<ConsentState> states = consents.states(id);
        Map<String, Object> model = new HashMap<>();
        model.put("person", id);
        model.put("history", history.stream().map(ConsentsPage::row).toList());
        model.put("states", states.stream().map(s -> Map.of("s", s, "state", s.live() ? "live"
                : s.status() == ConsentStatus.WITHDRAWN ? "withdrawn" : "granted but not provable, so not relied on")).toList());
        model.put("failed", failed);
        FormValues form = sent;
        if (failed == null) {
            form = FormValues.of(Map.of("givenAt", List.of(LocalDateTime.now(UK).withSecond(0).withNano(0).toString())));
        }
        model.put("form", form);
        model.put("activities", purposes.list());
        model.put("channels", List.of(Channel.values()));
        model.put("methods", List.of(ConsentMethod.values()));
        model.put("wordings", consentWordings());
        model.put("canRecord", AccessTable.CONSENT_RECORDERS.contains(session.user().role()));
        model.put("recorded", recorded(ctx, history, states));
        templates.page(ctx, "person-consents", session, model);
    }

    /** What to say about the record just made: its number, and why it will not be relied on if it is an unprovable grant. */
    private static Map<String, Object> recorded(Context ctx, List<ConsentEntry> history, List<ConsentState> states) {
        String q = ctx.queryParam("recorded");
        if (q == null || !q.matches("[0-9]{1,18}")) {
            return null;
        }
        long consentId = Long.parseLong(q);
        ConsentEntry e = history.stream().filter(h -> h.id() == consentId).findFirst().orElse(null);
        if (e == null) {
            return null;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("id", consentId);
        m.put("withdrawn", e.status() == ConsentStatus.WITHDRAWN);
        boolean provable = states.stream().anyMatch(s -> s.consentId() == consentId && s.provable());
        List<String> missing = new ArrayList<>();
        if (e.status() == ConsentStatus.GRANTED && !provable) {
            if (e.givenAt() == null) {
                missing.add("when it was given");
            }
            if (e.method() == null) {
                missing.add("how it was given");
            }
            missing.add(e.sourceCode() == null || e.wordingVersion() == null ? "the wording shown" : "a consent wording that exists");
        }
        m.put("missing", missing.isEmpty() ? "" : String.join(", ", missing));
        return m;
    }

    private static Map<String, Object> row(ConsentEntry e) {
        Map<String, Object> m = new HashMap<>();
        m.put("e", e);
        m.put("given", e.givenAt() == null ? "unknown" : Labels.when(e.givenAt()));
        m.put("recorded", Labels.when(e.recordedAt()));
        m.put("how", e.method() == null ? "unknown" : e.method().code());
        m.put("wording", e.sourceCode() == null ? "" : e.sourceCode() + (e.wordingVersion() == null ? "" : " v" + e.wordingVersion()));
        m.put("wordingLink", e.sourceCode() == null ? "" : SourcesPage.sourceLink(e.sourceCode())
                + (e.wordingVersion() == null ? "#wordings-h" : "#wording-" + e.wordingVersion()));
        return m;
    }

    /** Every consent wording of every source, as "source|version" choices. */
    private List<Map<String, String>> consentWordings() {
        List<Map<String, String>> out = new ArrayList<>();
        for (SourceView s : sources.list()) {
            if (s.latestWording() == null) {
                continue;
            }
            for (WordingVersion w : sources.wordings(s.code())) {
                if (w.kind() == WordingKind.CONSENT) {
                    String text = w.text().length() > 90 ? w.text().substring(0, 90) + "…" : w.text();
                    out.add(Map.of("value", s.code() + "|" + w.version(), "label", s.name() + ", version " + w.version() + ": “" + text + "”"));
                }
            }
        }
        return out;
    }

    /** {@code POST /api/people/{id}/consents}: {@code {"status": "granted"|"withdrawn", "purpose", "channel", "method", "givenAt", "source", "wordingVersion"}}. */
    private void recordJson(Context ctx) {
        long id = person(ctx);
        JsonNode in = JsonBody.object(ctx);
        String status = text(in, "status");
        String purpose = text(in, "purpose");
        if (purpose == null || purpose.isBlank()) {
            throw new BadField("purpose", "The field 'purpose' is missing: the processing activity the consent is for.");
        }
        Channel channel = channel(text(in, "channel"));
        ConsentMethod method = method(text(in, "method"));
        ConsentRecord record;
        if ("withdrawn".equals(status)) {
            record = ConsentRecord.withdraw(id, purpose, channel, Instant.now(), method);
        } else if ("granted".equals(status)) {
            Integer version = null;
            if (in.hasNonNull("wordingVersion")) {
                if (!in.get("wordingVersion").canConvertToInt()) {
                    throw new BadField("wordingVersion", "The field 'wordingVersion' must be a whole number.");
                }
                version = in.get("wordingVersion").asInt();
            }
            String given = text(in, "givenAt");
            record = ConsentRecord.grant(id, purpose, channel, given == null ? null : SourcesPage.Json.instant("givenAt", given), method,
                    text(in, "source"), version);
        } else {
            throw new BadField("status", "The field 'status' must be granted or withdrawn.");
        }
        Recorded r = consents.record(Forms.actor(ctx), record);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("person", id);
        out.put("recorded", r);
        out.put("live", consents.states(id));
        ctx.status(HttpStatus.CREATED).json(out);
    }

    private static String text(JsonNode in, String field) {
        JsonNode v = in.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static long person(Context ctx) {
        return BadField.number("id", ctx.pathParam("id"), 1, Long.MAX_VALUE, -1);
    }

    static String page(long id) {
        return "/people/" + id + "/consents";
    }

    private static Channel channel(String code) {
        if (code == null || code.isBlank()) {
            throw new BadField("channel", "The field 'channel' is missing: door, phone, post, email, sms, social or none.");
        }
        return parse("channel", () -> Channel.of(code.strip()));
    }

    private static ConsentMethod method(String code) {
        if (code == null || code.isBlank()) {
            throw new BadField("method", "The field 'method' is missing: how the person told us (doorstep, phone, web, paper, email or sms).");
        }
        return parse("method", () -> ConsentMethod.of(code.strip()));
    }

    /** The "source|version" of the wording chosen, or nulls when none was. */
    private static String[] wording(String choice) {
        if (choice == null || choice.isBlank()) {
            return new String[] {null, null};
        }
        int bar = choice.lastIndexOf('|');
        if (bar < 1 || !choice.substring(bar + 1).matches("[0-9]{1,6}")) {
            throw new BadField("wording", "The field 'wording' must name a source's consent wording version.");
        }
        return new String[] {choice.substring(0, bar), choice.substring(bar + 1)};
    }

    /** A time from the form's date-and-time field, read as UK time. */
    private static Instant when(String text) {
        if (text == null || text.isBlank()) {
            throw new BadField("givenAt", "The field 'givenAt' is missing: when the person gave their consent.");
        }
        try {
            Instant at = LocalDateTime.parse(text.strip()).atZone(UK).toInstant();
            if (at.isAfter(Instant.now().plusSeconds(300))) {
                throw new BadField("givenAt", "The field 'givenAt' is in the future.");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new BadField("givenAt", "The field 'givenAt' must be a date and time, such as 2026-03-01T10:30.");
        }
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> p) {
        try {
            return p.get();
        } catch (HustingsException e) {
            throw new BadField(field, e.getMessage());
        }
    }
}
