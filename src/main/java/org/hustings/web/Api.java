package org.hustings.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.register.RegisterOverview;
import org.hustings.staff.Session;

/** The JSON API mirroring the Register page. Who may call what is in {@link AccessTable}. */
final class Api {
    static final int MAX_LIMIT = 100;

    private final RegisterOverview overview;

    Api(RegisterOverview overview) {
        this.overview = overview;
    }

    void register(Routes routes) {
        routes.get("/api/me", ctx -> ctx.json(user(RequestGuard.session(ctx))));
        routes.get("/api/editions", ctx -> ctx.json(Map.of("editions", overview.editions())));
        routes.get("/api/editions/{id}", this::edition);
        routes.get("/api/datasets", this::datasets);
        routes.get("/api/datasets/{id}/problems", this::problems);
    }

    private void edition(Context ctx) {
        long id = id(ctx);
        ctx.json(overview.edition(id).orElseThrow(() -> new HustingsException(ErrorCode.NOT_FOUND,
                "There is no register edition with id " + id + ".")));
    }

    private void datasets(Context ctx) {
        int limit = (int) BadField.number("limit", ctx.queryParam("limit"), 1, MAX_LIMIT, 20);
        int offset = (int) BadField.number("offset", ctx.queryParam("offset"), 0, Integer.MAX_VALUE, 0);
        ctx.json(overview.datasets(limit, offset));
    }

    private void problems(Context ctx) {
        long id = id(ctx);
        int limit = (int) BadField.number("limit", ctx.queryParam("limit"), 1, MAX_LIMIT, 50);
        int offset = (int) BadField.number("offset", ctx.queryParam("offset"), 0, Integer.MAX_VALUE, 0);
        var dataset = overview.dataset(id).orElseThrow(() -> new HustingsException(ErrorCode.NOT_FOUND,
                "There is no dataset with id " + id + "."));
        ctx.json(Map.of("dataset", dataset, "problems", overview.problems(id, limit, offset)));
    }

    private static long id(Context ctx) {
        return BadField.number("id", ctx.pathParam("id"), 1, Long.MAX_VALUE, -1);
    }

    static Map<String, Object> user(Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", s.user().username());
        m.put("displayName", s.user().displayName());
        m.put("role", s.user().role().name());
        m.put("roleDescription", s.user().role().description());
        return m;
    }
}
