package org.hustings.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.staff.Role;
import org.hustings.staff.Session;
import org.hustings.staff.Staff;

/**
 * The checks every request passes before its handler: security headers on every response; then,
 * for a matched route, the session (from the cookie), the CSRF synchronizer token on every
 * state-changing request, and the role against {@link AccessTable}.
 */
final class RequestGuard {
    static final String SESSION_COOKIE = "hustings_session";
    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTR = "hustings.session";

    private final Staff staff;

    RequestGuard(Staff staff) {
        this.staff = staff;
    }

    /** Security headers (OWASP Secure Headers): no framing, no sniffing, no referrer, only our own scripts and styles. */
    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
    }

    /** Session, CSRF and role checks for the matched route; throws to stop the request. */
    void check(Context ctx) {
        String route = route(ctx);
        if (AccessTable.isPublic(route)) {
            return;
        }
        Optional<Session> session = staff.session(ctx.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            if (!isApi(ctx) && ctx.method() == HandlerType.GET) {
                ctx.redirect("/login", HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            throw new HustingsException(ErrorCode.UNAUTHORISED, "You are not logged in, or your session has ended. Log in again.");
        }
        ctx.attribute(SESSION_ATTR, session.get());
        if (changesState(ctx.method())) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && !isJson(ctx)) {
                sent = ctx.formParam(CSRF_FIELD);
            }
            if (!sameToken(sent, session.get().csrfToken())) {
                throw new HustingsException(ErrorCode.REFUSED, "This request did not carry the page's security token (CSRF), "
                        + "so it was refused. Reload the page and try again.");
            }
        }
        Set<Role> allowed = AccessTable.roles(route).orElseThrow(() -> new HustingsException(ErrorCode.INTERNAL,
                "No access rule for " + route + "."));
        Role role = session.get().user().role();
        if (!allowed.contains(role)) {
            throw new HustingsException(ErrorCode.REFUSED, "Your role (" + Labels.role(role) + ") may not open this page. "
                    + role.description());
        }
    }

    static Session session(Context ctx) {
        Session s = ctx.attribute(SESSION_ATTR);
        if (s == null) {
            throw new HustingsException(ErrorCode.UNAUTHORISED, "You are not logged in.");
        }
        return s;
    }

    static String route(Context ctx) {
        return ctx.method().name() + " " + ctx.endpointHandlerPath();
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    static boolean isJson(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private static boolean changesState(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH || method == HandlerType.DELETE;
    }

    /** Constant-time comparison, so the token cannot be guessed a character at a time. */
    static boolean sameToken(String sent, String expected) {
        if (sent == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
