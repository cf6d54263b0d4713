package org.hustings.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.ledger.Verification;
import org.hustings.staff.Session;

/**
 * The Ledger page and its JSON API: the latest entries, and the chain's verification status with
 * a button to verify again. Verifying walks the whole chain, so it runs on request, not on every
 * page view; the page shows the last result, when and by whom it was run.
 */
final class LedgerPage {
    static final int SHOWN = 50;
    static final int MAX_LIMIT = 500;

    /** The last verification run from the web. */
    record Check(Verification verification, Instant at, String by) { }

    private final Ledger ledger;
    private final Templates templates;
    private final AtomicReference<Check> last = new AtomicReference<>();

    LedgerPage(Ledger ledger, Templates templates) {
        this.ledger = ledger;
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/ledger", this::show);
        routes.post("/ledger/verify", this::verifyAndReturn);
        routes.get("/api/ledger", this::entriesJson);
        routes.get("/api/ledger/verify", ctx -> ctx.json(json(check(RequestGuard.session(ctx)))));
    }

    private void show(Context ctx) {
        Session session = RequestGuard.session(ctx);
        int limit = (int) BadField.number("last", ctx.queryParam("last"), 1, MAX_LIMIT, SHOWN);
        String action = action(ctx);
        List<RecordedEntry> entries = action == null ? ledger.latest(limit) : ledger.latest(limit, action);
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries.stream().map(LedgerPage::row).toList());
        model.put("action", action == null ? "" : action);
        model.put("limit", limit);
        Check check = last.get();
        model.put("checked", check != null);
        if (check != null) {
            model.put("intact", check.verification().intact());
            model.put("verdict", describe(check.verification()));
            model.put("checkedWhen", Labels.when(check.at()));
            model.put("checkedBy", check.by());
        }
        templates.page(ctx, "ledger", session, model);
    }

    private void verifyAndReturn(Context ctx) {
        check(RequestGuard.session(ctx));
        ctx.redirect("/ledger", HttpStatus.SEE_OTHER);
    }

    private void entriesJson(Context ctx) {
        int limit = (int) BadField.number("limit", ctx.queryParam("limit"), 1, MAX_LIMIT, SHOWN);
        String action = action(ctx);
        List<RecordedEntry> entries = action == null ? ledger.latest(limit) : ledger.latest(limit, action);
        ctx.json(Map.of("entries", entries.stream().map(LedgerPage::entryJson).toList()));
    }

    private Check check(Session session) {
        Check c = new Check(ledger.verify(), Instant.now(), session.user().username());
        last.set(c);
        return c;
    }

    private static String action(Context ctx) {
        String a = ctx.queryParam("action");
        if (a == null || a.isBlank()) {
            return null;
        }
        if (!a.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+") || a.length() > 100) {
            throw new BadField("action", "The field 'action' must be a ledger action such as gate.read or import.register.");
        }
        return a;
    }

    private static String describe(Verification v) {
        return v instanceof Verification.Intact ok ? ok.describe() : ((Verification.Broken) v).describe();
    }

    private static Map<String, Object> row(RecordedEntry e) {
        Map<String, Object> m = new HashMap<>();
        m.put("e", e);
        m.put("when", Labels.when(e.recordedAt()));
        m.put("subject", e.subject().isEmpty() ? "—" : e.subject());
        m.put("shortHash", e.hash().substring(0, 12));
        return m;
    }

    static Map<String, Object> entryJson(RecordedEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("time", e.time());
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("subject", e.subject());
        m.put("details", e.details());
        m.put("personCount", e.personCount());
        m.put("personsSha256", e.personsSha256());
        m.put("previousHash", e.previousHash());
        m.put("hash", e.hash());
        return m;
    }

    static Map<String, Object> json(Check check) {
        Map<String, Object> m = new LinkedHashMap<>();
        Verification v = check.verification();
        m.put("intact", v.intact());
        if (v instanceof Verification.Intact ok) {
            m.put("entries", ok.entries());
            m.put("headHash", ok.headHash());
        } else if (v instanceof Verification.Broken b) {
            m.put("position", b.position());
            m.put("tampering", b.tampering().name());
            m.put("reason", b.reason());
            m.put("intactBefore", b.intactBefore());
            m.put("lastIntactHash", b.lastIntactHash());
        }
        m.put("message", describe(v));
        m.put("checkedAt", check.at().toString());
        return m;
    }
}
