package org.hustings.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.function.Supplier;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * How the configuration pages handle a form: do it and go back to the page (post, redirect, get),
 * or, when it is refused, show the page again with the reasons and what was typed, with the
 * status of the refusal. Faults of Hustings itself still go to the error handler.
 */
final class Forms {
    /** Shows a page again after a refused form. */
    interface Page {
        void render(Context ctx, FailedForm failed, FormValues sent);
    }

    private Forms() {
    }

    /** Runs {@code action}, which returns where to go next. */
    static void submit(Context ctx, String form, Supplier<String> action, Page page) {
        String next;
        try {
            next = action.get();
        } catch (HustingsException e) {
            if (e.code() == ErrorCode.INTERNAL || e.code() == ErrorCode.STORE_UNAVAILABLE || e.code() == ErrorCode.UNAUTHORISED) {
                throw e;
            }
            ctx.status(e.code().httpStatus());
            page.render(ctx, FailedForm.of(form, e), FormValues.sent(ctx, form));
            return;
        }
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    /** A text field that must be there. */
    static String required(Context ctx, String field, String what) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new BadField(field, what + " is missing.");
        }
        return v.strip();
    }

    /** A text field that may be blank (null then). */
    static String optional(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The ticked values of a checkbox group. */
    static List<String> ticked(Context ctx, String field) {
        return ctx.formParams(field).stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    static String actor(Context ctx) {
        return "web:" + RequestGuard.session(ctx).user().username();
    }

    /** A path segment made safe for a link (source codes hold ':' and '.'). */
    static String segment(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
