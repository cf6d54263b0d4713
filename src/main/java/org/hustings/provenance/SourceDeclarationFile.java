package org.hustings.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;

/**
 * A source declaration as JSON: the same declaration {@code hustings source declare} takes as
 * options, the API takes as {@code POST /api/sources}, and the web page takes as a form or an
 * uploaded file. Either the source alone, or {@code {"supplier": {…}, "source": {…}}} to register the
 * supplier too (the shape of a data mapping's {@code declare} block, with the source's
 * {@code code}). Every problem is reported at once, each naming its field.
 *
 * <pre>{@code
 * {"supplier": {"code": "party", "organisation": "The Party", "role": "controller", "dueDiligence": "passed",
 *               "evidence": "Own collection", "checkedAt": "2026-01-10"},
 *  "source": {"code": "web-signups", "kind": "direct", "name": "Website sign-ups", "supplier": "party",
 *             "collectionMethod": "Sign-up form", "article6": "consent", "article9": null,
 *             "legalReference": "UK GDPR Art 6(1)(a); PECR reg 22", "purposes": ["email"],
 *             "retention": "Until consent is withdrawn", "retentionMonths": null,
 *             "wording": {"kind": "consent", "text": "Yes, email me.", "effectiveFrom": "2026-02-01"}}}
 * }</pre>
 */
public final class SourceDeclarationFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SOURCE_FIELDS = Set.of("code", "kind", "name", "supplier", "collectionMethod", "article6", "article9",
            "legalReference", "purposes", "retention", "retentionMonths", "wording");
    private static final Set<String> SUPPLIER_FIELDS = Set.of("code", "organisation", "role", "dueDiligence", "evidence", "checkedAt");
    private static final Set<String> WORDING_FIELDS = Set.of("kind", "text", "effectiveFrom");

    /** The supplier to register when it is not yet (null when the file names only the source), and the source. */
    public record Declaration(SupplierDeclaration supplier, SourceDeclaration source) { }

    private final List<FieldProblems.Problem> problems = new ArrayList<>();

    private SourceDeclarationFile() {
    }

    /** Reads a declaration; {@code origin} names it in the message (a file name, or "the request"). */
    public static Declaration parse(String json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The declaration in " + origin + " is not JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The declaration in " + origin + " must be a JSON object.");
        }
        return new SourceDeclarationFile().read(root, origin);
    }

    /** A supplier alone, as {@code POST /api/suppliers} takes it. */
    public static SupplierDeclaration parseSupplier(String json, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The supplier in " + origin + " is not JSON: " + e.getOriginalMessage() + ".");
        }
        SourceDeclarationFile f = new SourceDeclarationFile();
        SupplierDeclaration s = f.supplier(root, "");
        f.throwIfAny("The supplier in " + origin);
        return s;
    }

    private Declaration read(JsonNode root, String origin) {
        boolean wrapped = root.has("source");
        JsonNode source = wrapped ? root.get("source") : root;
        if (wrapped) {
            unknown(root, Set.of("format", "version", "supplier", "source"), "");
        }
        SupplierDeclaration supplier = wrapped && root.hasNonNull("supplier") ? supplier(root.get("supplier"), "supplier.") : null;
        SourceDeclaration declared = source(source, wrapped ? "source." : "");
        throwIfAny("The declaration in " + origin);
        return new Declaration(supplier, declared);
    }

    private SupplierDeclaration supplier(JsonNode n, String at) {
        if (!object(n, at.isEmpty() ? "supplier" : at.substring(0, at.length() - 1))) {
            return null;
        }
        unknown(n, SUPPLIER_FIELDS, at);
        SupplierRole role = parse(n, at, "role", SupplierRole::of);
        DueDiligence dd = n.hasNonNull("dueDiligence") ? parse(n, at, "dueDiligence", DueDiligence::of) : DueDiligence.NOT_STARTED;
        return new SupplierDeclaration(text(n, "code"), text(n, "organisation"), role, dd, text(n, "evidence"),
                instant(n, at, "checkedAt"));
    }

    private SourceDeclaration source(JsonNode n, String at) {
        if (!object(n, at.isEmpty() ? "source" : at.substring(0, at.length() - 1))) {
            return null;
        }
        unknown(n, SOURCE_FIELDS, at);
        SourceKind kind = parse(n, at, "kind", SourceKind::of);
        List<String> purposes = new ArrayList<>();
        JsonNode p = n.get("purposes");
        if (p != null && !p.isNull()) {
            if (!p.isArray()) {
                problem(at + "purposes", "\"" + at + "purposes\" must be a list of activity codes, e.g. [\"email\"].");
            } else {
                p.forEach(e -> purposes.add(e.asText()));
            }
        }
        Integer months = null;
        JsonNode m = n.get("retentionMonths");
        if (m != null && !m.isNull()) {
            if (!m.canConvertToInt()) {
                problem(at + "retentionMonths", "\"" + at + "retentionMonths\" must be a whole number of months.");
            } else {
                months = m.asInt();
            }
        }
        Wording wording = null;
        JsonNode w = n.get("wording");
        if (w != null && !w.isNull() && object(w, at + "wording")) {
            unknown(w, WORDING_FIELDS, at + "wording.");
            wording = new Wording(parse(w, at + "wording.", "kind", WordingKind::of), text(w, "text"), instant(w, at + "wording.", "effectiveFrom"));
        }
        return new SourceDeclaration(text(n, "code"), kind, text(n, "name"), text(n, "supplier"), text(n, "collectionMethod"),
                text(n, "article6"), blankToNull(text(n, "article9")), text(n, "legalReference"), purposes, text(n, "retention"), months, wording);
    }

    private boolean object(JsonNode n, String at) {
        if (n == null || !n.isObject()) {
            problem(at, "\"" + at + "\" must be a JSON object.");
            return false;
        }
        return true;
    }

    private void unknown(JsonNode n, Set<String> known, String at) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problem(at + name, "\"" + at + name + "\" is not a field of a declaration; expected one of " + known.stream().sorted().toList() + ".");
            }
        }
    }

    private <T> T parse(JsonNode n, String at, String field, Function<String, T> of) {
        String v = text(n, field);
        if (v == null) {
            return null;
        }
        try {
            return of.apply(v);
        } catch (HustingsException e) {
            problem(at + field, "\"" + at + field + "\": " + e.getMessage());
            return null;
        }
    }

    private Instant instant(JsonNode n, String at, String field) {
        String s = text(n, field);
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(s);
        } catch (DateTimeParseException e) {
            problem(at + field, "\"" + at + field + "\" must be a date (2026-01-31) or an instant (2026-01-31T09:00:00Z), not \"" + s + "\".");
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void problem(String field, String reason) {
        problems.add(new FieldProblems.Problem(field, reason));
    }

    private void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new FieldProblems(ErrorCode.BAD_REQUEST, what, problems);
        }
    }
}
