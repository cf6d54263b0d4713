package org.hustings.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Locale;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure becomes a status from {@link ErrorCode#httpStatus()} and plain words: JSON
 * {@code {"error", "message", "field"}} under {@code /api}, plain text elsewhere. Never a stack trace.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final String ANSWERED = "hustings.error";

    private Errors() {
    }

    static void install(Javalin app) {
        app.exception(BadField.class, (e, ctx) -> respond(ctx, e.code(), e.getMessage(), e.field()));
        app.exception(HustingsException.class, (e, ctx) -> {
            if (e.code() == ErrorCode.INTERNAL || e.code() == ErrorCode.STORE_UNAVAILABLE) {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            }
            if (e instanceof FieldProblems fp) {
                respond(ctx, e.code(), e.getMessage(), fp.firstField(), fp.problems());
            } else {
                respond(ctx, e.code(), e.getMessage(), null);
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorCode code = e.getStatus() == 404 ? ErrorCode.NOT_FOUND : e.getStatus() < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL;
            respond(ctx, code, code == ErrorCode.NOT_FOUND ? "There is nothing at this address." : "The request could not be used.", null);
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            respond(ctx, ErrorCode.INTERNAL, "Something went wrong inside Hustings; the details are in the server log.", null);
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                respond(ctx, ErrorCode.NOT_FOUND, "There is nothing at this address.", null);
            }
        });
    }

    static void respond(Context ctx, ErrorCode code, String message, String field) {
        respond(ctx, code, message, field, null);
    }

    static void respond(Context ctx, ErrorCode code, String message, String field, List<FieldProblems.Problem> problems) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(code.httpStatus());
        if (RequestGuard.isApi(ctx)) {
            ctx.json(new ApiError(code.name().toLowerCase(Locale.ROOT), message, field, problems));
        } else {
            ctx.contentType("text/plain; charset=utf-8");
            ctx.result(message + (field == null ? "" : " (field: " + field + ")") + "\n");
        }
    }
}
