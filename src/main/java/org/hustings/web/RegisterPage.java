package org.hustings.web;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.register.RegisterOverview;
import org.hustings.register.RegisterOverview.DatasetSummary;
import org.hustings.register.RegisterOverview.Edition;
import org.hustings.register.RegisterOverview.EditionDetail;
import org.hustings.staff.Session;

/**
 * The Register page: the editions, one edition's current entries by polling district and by
 * marker, and the quarantine of the latest imports (for the roles that may see raw rows).
 */
final class RegisterPage {
    static final int IMPORTS_PER_PAGE = 5;
    static final int PROBLEMS_SHOWN = 20;
    static final int PROBLEMS_PER_PAGE = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RegisterOverview overview;
    private final Templates templates;

    RegisterPage(RegisterOverview overview, Templates templates) {
        this.overview = overview;
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/register", this::show);
        routes.get("/register/datasets/{id}", this::quarantineOfOne);
    }

    /** Every problem of one import, a page of {@link #PROBLEMS_PER_PAGE} at a time. */
    private void quarantineOfOne(Context ctx) {
        long id = BadField.number("id", ctx.pathParam("id"), 1, Long.MAX_VALUE, -1);
        DatasetSummary d = overview.dataset(id).orElseThrow(() -> new HustingsException(ErrorCode.NOT_FOUND,
                "There is no dataset with id " + id + "."));
        long page = BadField.number("page", ctx.queryParam("page"), 1, 10_000_000, 1);
        var problems = overview.problems(id, PROBLEMS_PER_PAGE, (int) ((page - 1) * PROBLEMS_PER_PAGE));
        long pages = Math.max(1, (problems.total() + PROBLEMS_PER_PAGE - 1) / PROBLEMS_PER_PAGE);
        Map<String, Object> model = new HashMap<>();
        model.put("row", datasetRow(d, problems.items()));
        model.put("total", problems.total());
        model.put("first", problems.total() == 0 ? 0 : (page - 1) * PROBLEMS_PER_PAGE + 1);
        model.put("last", (page - 1) * PROBLEMS_PER_PAGE + problems.items().size());
        model.put("page", page);
        model.put("pages", pages);
        String base = "/register/datasets/" + id + "?page=";
        model.put("newerLink", page > 1 ? base + (page - 1) : null);
        model.put("olderLink", page < pages ? base + (page + 1) : null);
        templates.page(ctx, "quarantine", RequestGuard.session(ctx), model);
    }

    private void show(Context ctx) {
        Session session = RequestGuard.session(ctx);
        List<Edition> editions = overview.editions();
        long chosen = BadField.number("edition", ctx.queryParam("edition"), 1, Long.MAX_VALUE, defaultEdition(editions));
        Optional<EditionDetail> detail = chosen < 0 ? Optional.empty() : overview.edition(chosen);
        if (chosen > 0 && detail.isEmpty()) {
            throw new HustingsException(ErrorCode.NOT_FOUND, "There is no register edition with id " + chosen + ".");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("editions", editions.stream().map(e -> editionRow(e, chosen)).toList());
        model.put("detail", detail.map(RegisterPage::detail).orElse(null));
        boolean quarantine = AccessTable.QUARANTINE_READERS.contains(session.user().role());
        model.put("showQuarantine", quarantine);
        if (quarantine) {
            quarantine(ctx, model, chosen);
        }
        templates.page(ctx, "register", session, model);
    }

    private void quarantine(Context ctx, Map<String, Object> model, long edition) {
        long page = BadField.number("imports", ctx.queryParam("imports"), 1, 100_000, 1);
        var datasets = overview.datasets(IMPORTS_PER_PAGE, (int) ((page - 1) * IMPORTS_PER_PAGE));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (DatasetSummary d : datasets.items()) {
            rows.add(datasetRow(d, d.problems() == 0 ? List.of() : overview.problems(d.id(), PROBLEMS_SHOWN, 0).items()));
        }
        long pages = Math.max(1, (datasets.total() + IMPORTS_PER_PAGE - 1) / IMPORTS_PER_PAGE);
        model.put("datasets", rows);
        model.put("datasetTotal", datasets.total());
        model.put("problemsShown", PROBLEMS_SHOWN);
        model.put("page", page);
        model.put("pages", pages);
        String base = "/register?" + (edition > 0 ? "edition=" + edition + "&" : "") + "imports=";
        model.put("newerLink", page > 1 ? base + (page - 1) : null);
        model.put("olderLink", page < pages ? base + (page + 1) : null);
    }

    private static Map<String, Object> datasetRow(DatasetSummary d, List<RegisterOverview.ProblemRow> problems) {
        Map<String, Object> row = new HashMap<>();
        row.put("d", d);
        row.put("when", Labels.when(d.loadedAt()));
        row.put("layout", d.layout() == null ? "" : d.layout());
        row.put("message", d.message() == null ? "" : d.message());
        row.put("problems", problems);
        return row;
    }

    /** The newest current edition, else the newest of any; -1 when there are none. */
    private static long defaultEdition(List<Edition> editions) {
        return editions.stream().filter(e -> "current".equals(e.status())).findFirst()
                .or(() -> editions.stream().findFirst()).map(Edition::id).orElse(-1L);
    }

    private static Map<String, Object> editionRow(Edition e, long chosen) {
        Map<String, Object> m = new HashMap<>();
        m.put("e", e);
        m.put("authority", e.laName() == null ? e.laCode() : e.laName() + " (" + e.laCode() + ")");
        m.put("published", DAY.format(e.publishedOn()));
        m.put("chosen", e.id() == chosen);
        return m;
    }

    private static Map<String, Object> detail(EditionDetail d) {
        Map<String, Object> m = new HashMap<>();
        m.put("edition", editionRow(d.edition(), d.edition().id()));
        m.put("districts", d.districts());
        m.put("markers", d.markers());
        m.put("unmarked", d.unmarked());
        return m;
    }
}
