package org.hustings.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.provenance.Article9Condition;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceDeclarationFile;
import org.hustings.provenance.SourceDetail;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Taxonomy;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.purpose.Activity;
import org.hustings.purpose.Purposes;
import org.hustings.staff.Session;
import org.hustings.store.Store;

/**
 * The Sources pages and their JSON API: every source with its supplier and footing, each source's
 * wordings and deliveries with their field annotations, and the changes a data manager makes —
 * declaring a supplier or a source (by form, by a declaration file, or JSON), recording due
 * diligence, a new wording version, the permitted purposes and the retention. Every change goes
 * through {@link Sources}, which checks it whole and writes it to the ledger.
 */
final class SourcesPage {
    static final int DATASETS_SHOWN = 20;
    private static final int MAX_DECLARATION = 64 * 1024;

    private final Sources sources;
    private final Purposes purposes;
    private final Templates templates;

    SourcesPage(Store store, Templates templates) {
        this.sources = new Sources(store);
        this.purposes = new Purposes(store);
        this.templates = templates;
    }

    void register(Routes routes) {
        routes.get("/sources", ctx -> list(ctx, null, FormValues.of(Map.of("dueDiligence", List.of("not_started")))));
        routes.get("/sources/{code}", ctx -> detail(ctx, null, FormValues.empty()));
        routes.post("/sources", ctx -> Forms.submit(ctx, "declare", () -> {
            long id = sources.declareSource(Forms.actor(ctx), declaration(ctx));
            return sourceLink(ctx.formParam("code")) + "?declared=" + id;
        }, this::list));
        routes.post("/sources/declaration", ctx -> Forms.submit(ctx, "upload", () -> {
            SourceDeclarationFile.Declaration d = SourceDeclarationFile.parse(uploaded(ctx), "the declaration file");
            sources.declare(Forms.actor(ctx), d);
            return sourceLink(d.source().code());
        }, this::list));
        routes.post("/suppliers", ctx -> Forms.submit(ctx, "supplier", () -> {
            sources.declareSupplier(Forms.actor(ctx), supplier(ctx));
            return "/sources#suppliers-h";
        }, this::list));
        routes.post("/suppliers/{code}/due-diligence", this::dueDiligence);
        routes.post("/sources/{code}/purposes", ctx -> Forms.submit(ctx, "purposes", () -> {
            sources.setPurposes(Forms.actor(ctx), code(ctx), Forms.ticked(ctx, "purposes"));
            return sourceLink(code(ctx)) + "#purposes-h";
        }, this::detail));
        routes.post("/sources/{code}/retention", ctx -> Forms.submit(ctx, "retention", () -> {
            sources.setRetention(Forms.actor(ctx), code(ctx), ctx.formParam("retention"), months(ctx.formParam("retentionMonths")));
            return sourceLink(code(ctx)) + "#footing-h";
        }, this::detail));
        routes.post("/sources/{code}/wordings", ctx -> Forms.submit(ctx, "wording", () -> {
            sources.addWording(Forms.actor(ctx), code(ctx), new Wording(wordingKind(ctx.formParam("kind")), ctx.formParam("text"), Instant.now()));
            return sourceLink(code(ctx)) + "#wordings-h";
        }, this::detail));

        routes.get("/api/sources/{code}", ctx -> ctx.json(sources.detail(code(ctx), DATASETS_SHOWN)));
        routes.post("/api/sources", ctx -> {
            SourceDeclarationFile.Declaration d = SourceDeclarationFile.parse(ctx.body(), "the request");
            sources.declare(Forms.actor(ctx), d);
            ctx.status(HttpStatus.CREATED).json(sources.source(d.source().code()));
        });
        routes.get("/api/suppliers", ctx -> ctx.json(Map.of("suppliers", sources.suppliers())));
        routes.post("/api/suppliers", ctx -> {
            SupplierDeclaration s = SourceDeclarationFile.parseSupplier(ctx.body(), "the request");
            sources.declareSupplier(Forms.actor(ctx), s);
            ctx.status(HttpStatus.CREATED).json(sources.supplier(s.code()));
        });
        routes.post("/api/suppliers/{code}/due-diligence", ctx -> {
            Json.DueDiligence in = Json.body(ctx, Json.DueDiligence.class);
            sources.recordDueDiligence(Forms.actor(ctx), code(ctx), status(in.status()), in.evidence());
            ctx.json(sources.supplier(code(ctx)));
        });
        routes.post("/api/sources/{code}/purposes", ctx -> {
            Json.Purposes in = Json.body(ctx, Json.Purposes.class);
            if (in.purposes() == null) {
                throw new BadField("purposes", "The field 'purposes' is missing: give the list of activities the source permits ([] for none).");
            }
            ctx.json(Map.of("source", code(ctx), "purposes", sources.setPurposes(Forms.actor(ctx), code(ctx), in.purposes())));
        });
        routes.post("/api/sources/{code}/retention", ctx -> {
            Json.Retention in = Json.body(ctx, Json.Retention.class);
            sources.setRetention(Forms.actor(ctx), code(ctx), in.retention(), in.retentionMonths());
            ctx.json(sources.source(code(ctx)));
        });
        routes.post("/api/sources/{code}/wordings", ctx -> {
            Json.WordingIn in = Json.body(ctx, Json.WordingIn.class);
            Instant from = in.effectiveFrom() == null || in.effectiveFrom().isBlank() ? Instant.now() : Json.instant("effectiveFrom", in.effectiveFrom());
            int version = sources.addWording(Forms.actor(ctx), code(ctx), new Wording(wordingKind(in.kind()), in.text(), from));
            ctx.status(HttpStatus.CREATED).json(Map.of("source", code(ctx), "version", version));
        });
    }

    private void list(Context ctx, FailedForm failed, FormValues form) {
        Session session = RequestGuard.session(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("sources", sources.list());
        model.put("suppliers", sources.suppliers());
        model.put("canEdit", AccessTable.SOURCE_EDITORS.contains(session.user().role()));
        model.put("failed", failed);
        model.put("form", form);
        choices(model);
        templates.page(ctx, "sources", session, model);
    }

    private void detail(Context ctx, FailedForm failed, FormValues form) {
        detailOf(ctx, code(ctx), failed, form);
    }

    private static Map<String, Object> datasetRow(org.hustings.provenance.DatasetView d) {
        Map<String, Object> m = new HashMap<>();
        m.put("d", d);
        m.put("when", Labels.when(d.loadedAt()));
        m.put("layout", d.layout() == null ? "" : d.layout());
        return m;
    }

    /** What the forms offer: kinds, roles, statuses, bases, conditions and activities, in a stable order. */
    private void choices(Map<String, Object> model) {
        Taxonomy t = sources.taxonomy();
        model.put("kinds", java.util.Arrays.stream(SourceKind.values()).filter(k -> k != SourceKind.STATUTORY_REGISTER).toList());
        model.put("roles", List.of(SupplierRole.values()));
        model.put("statuses", List.of(DueDiligence.values()));
        model.put("bases", t.article6Bases().stream().filter(b -> !b.statutoryOnly()).sorted(Comparator.comparing(LawfulBasis::article)).toList());
        model.put("conditions", t.article9Conditions().stream().sorted(Comparator.comparing(Article9Condition::article)).toList());
        model.put("activities", purposes.list().stream().sorted(Comparator.comparing(Activity::name)).toList());
        model.put("supplierChoices", sources.suppliers());
    }

    private void dueDiligence(Context ctx) {
        String back = ctx.formParam("back");
        boolean fromSource = back != null && !back.isBlank();
        Forms.submit(ctx, "dd-" + code(ctx), () -> {
            sources.recordDueDiligence(Forms.actor(ctx), code(ctx), status(ctx.formParam("status")), ctx.formParam("evidence"));
            return fromSource ? sourceLink(back) + "#supplier-h" : "/sources#suppliers-h";
        }, (c, failed, sent) -> {
            if (fromSource) {
                detailOf(c, back, failed, sent);
            } else {
                list(c, failed, sent);
            }
        });
    }

    /** One source's page; the forms show the source as it stands, or what was sent when a form comes back refused. */
    private void detailOf(Context ctx, String sourceCode, FailedForm failed, FormValues sent) {
        Session session = RequestGuard.session(ctx);
        SourceDetail d = sources.detail(sourceCode, DATASETS_SHOWN);
        FormValues form = sent;
        if (failed == null) {
            Map<String, List<String>> defaults = new HashMap<>();
            defaults.put("purposes", d.source().purposes());
            defaults.put("retention", List.of(d.source().retention() == null ? "" : d.source().retention()));
            defaults.put("retentionMonths", List.of(d.retentionMonths() == null ? "" : d.retentionMonths().toString()));
            defaults.put("status", List.of(d.supplier() == null ? "" : d.supplier().dueDiligence().code()));
            form = FormValues.of(defaults);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("d", d);
        model.put("s", d.source());
        model.put("canEdit", AccessTable.SOURCE_EDITORS.contains(session.user().role()));
        model.put("failed", failed);
        model.put("form", form);
        model.put("declared", ctx.queryParam("declared") != null);
        model.put("datasets", d.datasets().stream().map(SourcesPage::datasetRow).toList());
        model.put("wordings", d.wordings().stream().map(w -> Map.of("w", w, "when", Labels.when(w.effectiveFrom()),
                "recorded", Labels.when(w.recordedAt()))).toList());
        model.put("checkedWhen", d.supplier() == null || d.supplier().checkedAt() == null ? "" : Labels.when(d.supplier().checkedAt()));
        choices(model);
        templates.page(ctx, "source", session, model);
    }

    /** The declaration form, read into the same declaration the CLI and the API make. */
    private static SourceDeclaration declaration(Context ctx) {
        String kind = Forms.required(ctx, "kind", "The kind of source");
        String text = Forms.optional(ctx, "wordingText");
        Wording wording = text == null ? null : new Wording(wordingKind(Forms.required(ctx, "wordingKind", "The kind of wording")), text, Instant.now());
        return new SourceDeclaration(Forms.optional(ctx, "code"), parse("kind", () -> SourceKind.of(kind)), Forms.optional(ctx, "name"),
                Forms.optional(ctx, "supplier"), Forms.optional(ctx, "collectionMethod"), Forms.optional(ctx, "article6"),
                Forms.optional(ctx, "article9"), Forms.optional(ctx, "legalReference"), Forms.ticked(ctx, "purposes"),
                Forms.optional(ctx, "retention"), months(ctx.formParam("retentionMonths")), wording);
    }

    private static SupplierDeclaration supplier(Context ctx) {
        String status = Forms.optional(ctx, "dueDiligence");
        DueDiligence dd = status == null ? DueDiligence.NOT_STARTED : parse("dueDiligence", () -> DueDiligence.of(status));
        String role = Forms.required(ctx, "role", "The supplier's role");
        return new SupplierDeclaration(Forms.optional(ctx, "code"), Forms.optional(ctx, "organisation"), parse("role", () -> SupplierRole.of(role)),
                dd, Forms.optional(ctx, "evidence"), dd == DueDiligence.NOT_STARTED ? null : Instant.now());
    }

    /** The uploaded declaration file, or the declaration pasted in the text box. */
    private static String uploaded(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_DECLARATION) {
                throw new BadField("file", "The declaration file is larger than 64 KB; a declaration is a few lines of JSON.");
            }
            try (InputStream in = file.content()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadField("file", "The declaration file could not be read: " + e.getMessage());
            }
        }
        String pasted = ctx.formParam("declaration");
        if (pasted == null || pasted.isBlank()) {
            throw new BadField("file", "Choose a declaration file, or paste the declaration into the box.");
        }
        if (pasted.length() > MAX_DECLARATION) {
            throw new BadField("declaration", "The declaration is longer than 64 KB; a declaration is a few lines of JSON.");
        }
        return pasted;
    }

    private static DueDiligence status(String code) {
        if (code == null || code.isBlank()) {
            throw new BadField("status", "The field 'status' is missing: not_started, in_progress, passed or failed.");
        }
        return parse("status", () -> DueDiligence.of(code.strip()));
    }

    private static WordingKind wordingKind(String code) {
        if (code == null || code.isBlank()) {
            throw new BadField("kind", "The field 'kind' is missing: notice (UK GDPR Art 13) or consent (Art 7(1)).");
        }
        return parse("kind", () -> WordingKind.of(code.strip()));
    }

    private static Integer months(String text) {
        return text == null || text.isBlank() ? null : (int) BadField.number("retentionMonths", text, 1, 1200, 0);
    }

    private static <T> T parse(String field, java.util.function.Supplier<T> p) {
        try {
            return p.get();
        } catch (HustingsException e) {
            if (e.code() != ErrorCode.BAD_REQUEST) {
                throw e;
            }
            throw new BadField(field, e.getMessage());
        }
    }

    static String code(Context ctx) {
        String code = ctx.pathParam("code");
        if (code.isBlank() || code.length() > 100) {
            throw new BadField("code", "The code in the address is not a source or supplier code.");
        }
        return code;
    }

    static String sourceLink(String code) {
        return "/sources/" + Forms.segment(code == null ? "" : code);
    }

    /** Small request bodies of the API, each field named as the error messages name it. */
    static final class Json {
        record DueDiligence(String status, String evidence) { }

        record Purposes(List<String> purposes) { }

        record Retention(String retention, Integer retentionMonths) { }

        record WordingIn(String kind, String text, String effectiveFrom) { }

        private Json() {
        }

        static <T> T body(Context ctx, Class<T> type) {
            try {
                return ctx.bodyAsClass(type);
            } catch (RuntimeException e) {
                if (e instanceof HustingsException h) {
                    throw h;
                }
                throw new HustingsException(ErrorCode.BAD_REQUEST, "The request body is not the JSON expected: fields "
                        + java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList() + ".");
            }
        }

        static Instant instant(String field, String text) {
            try {
                return text.length() == 10 ? java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                throw new BadField(field, "The field '" + field + "' must be a date (2026-01-31) or an instant (2026-01-31T09:00:00Z).");
            }
        }
    }
}
