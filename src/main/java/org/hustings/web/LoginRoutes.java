package org.hustings.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.HashMap;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.staff.LoginOutcome;
import org.hustings.staff.Session;
import org.hustings.staff.Staff;
import org.hustings.staff.Tokens;

/**
 * Logging in and out, by form and by JSON. Every login makes a new session (the old one, if the
 * browser had one, is deleted), so a session id planted before login is useless after it.
 *
 * <p>The login form has no session yet, so it carries a one-off token that must match a cookie
 * set with the form (double submit). The JSON login must be sent as {@code application/json},
 * which a page on another site cannot do without a CORS preflight we never answer.
 */
final class LoginRoutes {
    static final String LOGIN_COOKIE = "hustings_login";

    private final Staff staff;
    private final Templates templates;
    private final ObjectMapper json;
    private final boolean secureCookies;

    LoginRoutes(Staff staff, Templates templates, ObjectMapper json, boolean secureCookies) {
        this.staff = staff;
        this.templates = templates;
        this.json = json;
        this.secureCookies = secureCookies;
    }

    void register(Routes routes) {
        routes.get("/login", this::form);
        routes.post("/login", this::submit);
        routes.post("/logout", this::logout);
        routes.post("/api/login", this::apiLogin);
        routes.post("/api/logout", this::apiLogout);
    }

    private void form(Context ctx) {
        if (staff.session(ctx.cookie(RequestGuard.SESSION_COOKIE)).isPresent()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        String notice = "1".equals(ctx.queryParam("out")) ? "You have logged out." : null;
        showForm(ctx, "", null, notice);
    }

    private void showForm(Context ctx, String username, String error, String notice) {
        String token = Tokens.random();
        ctx.cookie(cookie(ctx, LOGIN_COOKIE, token, "/login", -1));
        Map<String, Object> model = new HashMap<>();
        model.put("loginToken", token);
        model.put("username", username);
        model.put("error", error);
        model.put("notice", notice);
        templates.render(ctx, "login", model);
    }

    private void submit(Context ctx) {
        if (!RequestGuard.sameToken(ctx.formParam(RequestGuard.CSRF_FIELD), ctx.cookie(LOGIN_COOKIE))) {
            throw new HustingsException(ErrorCode.REFUSED, "The login form had expired or did not come from this site. "
                    + "Open the login page again and retry.");
        }
        String username = ctx.formParam("username");
        String password = ctx.formParam("password");
        LoginOutcome outcome = staff.login(username, password == null ? new char[0] : password.toCharArray());
        if (outcome instanceof LoginOutcome.LoggedIn in) {
            startSession(ctx, in);
            ctx.removeCookie(LOGIN_COOKIE, "/login");
            ctx.redirect("/", HttpStatus.SEE_OTHER);
        } else {
            ctx.status(HttpStatus.UNAUTHORIZED);
            showForm(ctx, username == null ? "" : username, refusal(outcome), null);
        }
    }

    private void logout(Context ctx) {
        staff.logout(ctx.cookie(RequestGuard.SESSION_COOKIE));
        ctx.cookie(cookie(ctx, RequestGuard.SESSION_COOKIE, "", "/", 0));
        ctx.redirect("/login?out=1", HttpStatus.SEE_OTHER);
    }

    private void apiLogin(Context ctx) {
        if (!RequestGuard.isJson(ctx)) {
            throw new BadField("Content-Type", "Send the login as JSON (Content-Type: application/json) with 'username' and 'password'.");
        }
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (java.io.IOException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The request body is not valid JSON.");
        }
        String username = text(body, "username");
        String password = text(body, "password");
        LoginOutcome outcome = staff.login(username, password.toCharArray());
        if (!(outcome instanceof LoginOutcome.LoggedIn in)) {
            throw new HustingsException(ErrorCode.UNAUTHORISED, refusal(outcome));
        }
        startSession(ctx, in);
        Session s = in.session();
        ctx.json(Map.of("user", Api.user(s), "csrf", s.csrfToken(), "expiresAt", s.expiresAt().toString()));
    }

    private void apiLogout(Context ctx) {
        staff.logout(ctx.cookie(RequestGuard.SESSION_COOKIE));
        ctx.cookie(cookie(ctx, RequestGuard.SESSION_COOKIE, "", "/", 0));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    private static String refusal(LoginOutcome outcome) {
        if (outcome instanceof LoginOutcome.LockedOut l) {
            return l.message();
        }
        return ((LoginOutcome.Refused) outcome).message();
    }

    private void startSession(Context ctx, LoginOutcome.LoggedIn in) {
        String old = ctx.cookie(RequestGuard.SESSION_COOKIE);
        if (old != null) {
            staff.logout(old);
        }
        ctx.cookie(cookie(ctx, RequestGuard.SESSION_COOKIE, in.token(), "/", -1));
    }

    /** HttpOnly, SameSite=Strict; Secure when served over https or when told we are behind a TLS proxy. */
    private Cookie cookie(Context ctx, String name, String value, String path, int maxAge) {
        boolean secure = secureCookies || "https".equalsIgnoreCase(ctx.scheme());
        return new Cookie(name, value, path, maxAge, secure, 0, true, null, null, SameSite.STRICT);
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body == null ? null : body.get(field);
        if (n == null || !n.isTextual() || n.asText().isEmpty()) {
            throw new BadField(field, "Give '" + field + "' as a JSON string.");
        }
        return n.asText();
    }
}
