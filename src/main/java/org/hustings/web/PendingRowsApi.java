package org.hustings.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ingest.data.PendingRows;
import org.hustings.link.store.LinkStore;

/**
 * Attaching a dataset's pending row to a person by hand, as {@code hustings import attach} does:
 * {@code POST /api/datasets/{id}/pending/{line}/attach} with {@code {"personId": 7}} (and
 * {@code "probability"}, default 1.0: a reviewed match). It decides the row, so the linker's review
 * pairs still open for it close ('superseded'); the answer says how many ({@code superseded}) beside
 * the values attached (docs/adr/0135). Those who decide review pairs may do it.
 */
final class PendingRowsApi {
    private final LinkStore links;

    PendingRowsApi(LinkStore links) {
        this.links = links;
    }

    void register(Routes routes) {
        routes.post("/api/datasets/{id}/pending/{line}/attach", this::attach);
    }

    private void attach(Context ctx) {
        long dataset = BadField.number("id", ctx.pathParam("id"), 1, Long.MAX_VALUE, -1);
        long line = BadField.number("line", ctx.pathParam("line"), 1, Long.MAX_VALUE, -1);
        JsonNode in = JsonBody.object(ctx);
        JsonNode p = in.get("personId");
        if (p == null || !p.canConvertToLong() || p.asLong() < 1) {
            throw new BadField("personId", "The field 'personId' must be the number of the person the row is.");
        }
        double probability = 1.0;
        JsonNode q = in.get("probability");
        if (q != null && !q.isNull()) {
            if (!q.isNumber()) {
                throw new BadField("probability", "The field 'probability' must be a number above 0 and at most 1.");
            }
            probability = q.asDouble();
        }
        LinkStore.Attached a = links.attach(List.of(new PendingRows.Link(dataset, line, p.asLong(), probability)),
                Forms.actor(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("datasetId", dataset);
        out.put("line", line);
        out.put("personId", p.asLong());
        out.put("probability", probability);
        out.put("valuesAttached", a.valuesAttached());
        out.put("superseded", a.superseded());
        ctx.json(out);
    }
}
