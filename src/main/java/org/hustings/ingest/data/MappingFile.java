package org.hustings.ingest.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.consent.ConsentMethod;
import org.hustings.ingest.data.DataMapping.Level;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.purpose.Channel;

/**
 * Reads a mapping file (JSON, format {@code hustings-data-mapping} version 1) with Jackson into
 * its plain JSON shape, then checks it whole and builds a {@link DataMapping}: every problem is
 * collected and reported together, naming the file and the item at fault.
 */
final class MappingFile {
    static final String FORMAT = "hustings-data-mapping";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private MappingFile() {
    }

    record Json(String format, Integer version, String name, String level, String kind, String source, Declare declare, String sheet,
                String delimiter, Identity identity, Area area, List<Field> fields, List<Consent> consents) { }

    record Declare(Supplier supplier, Source source) { }

    record Supplier(String code, String organisation, String role, String dueDiligence, String evidence, String checkedAt) { }

    record Source(String kind, String name, String supplier, String collectionMethod, String article6, String article9,
                  String legalReference, List<String> purposes, String retention, Integer retentionMonths, WordingJson wording) { }

    record WordingJson(String kind, String text, String effectiveFrom) { }

    record Identity(String electorNumber, String pollingDistrict, String forenames, String surname, String fullName,
                    List<String> address, String postcode, String birthDate, String email, String phone) { }

    record Area(String column, String kind) { }

    record Field(String column, String field, String category, String nature, String type, List<String> values) { }

    record Consent(String column, String purpose, String channel, String method, Integer wordingVersion, String wordingVersionColumn,
                   String givenAtColumn) { }

    static DataMapping read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "There is no mapping file " + file + ".", e);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Could not read the mapping file " + file + ": " + e.getMessage(), e);
        }
    }

    static DataMapping parse(String text, String origin) {
        Json j;
        try {
            j = JSON.readValue(text, Json.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The mapping file " + origin + " is not valid" + where + ": "
                    + e.getOriginalMessage() + ". See docs/data-mappings.md.", e);
        }
        if (j == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The mapping file " + origin + " is empty.");
        }
        return new Check(origin).build(j);
    }

    /** One pass over the JSON shape collecting every problem. */
    private static final class Check {
        private final String origin;
        private final List<String> errors = new ArrayList<>();

        Check(String origin) {
            this.origin = origin;
        }

        DataMapping build(Json j) {
            if (!FORMAT.equals(j.format())) {
                errors.add("\"format\" must be \"" + FORMAT + "\"");
            }
            if (j.version() == null || j.version() != DataMapping.FORMAT_VERSION) {
                errors.add("\"version\" must be " + DataMapping.FORMAT_VERSION + " (this Hustings reads version " + DataMapping.FORMAT_VERSION + ")");
            }
            text(j.name(), "\"name\" (the layout's name)");
            text(j.kind(), "\"kind\" (e.g. canvass, membership, signup, broker, area)");
            text(j.source(), "\"source\" (the code of the source the file comes from)");
            Level level = "area".equals(j.level()) ? Level.AREA : "person".equals(j.level()) || j.level() == null ? Level.PERSON : null;
            if (level == null) {
                errors.add("\"level\" must be \"person\" or \"area\", not \"" + j.level() + "\"");
            }
            char delimiter = delimiter(j.delimiter());
            IdentityColumns identity = identity(j.identity());
            AreaColumn area = area(j.area(), level);
            if (level == Level.PERSON && identity.columns().isEmpty()) {
                errors.add("a person-level mapping needs \"identity\" columns (elector number, name and address, email or phone)");
            }
            if (level == Level.AREA && (j.consents() != null && !j.consents().isEmpty() || !identity.columns().isEmpty())) {
                errors.add("an area-level mapping holds no people: it cannot have \"identity\" or \"consents\"");
            }
            List<FieldColumn> fields = fields(j.fields());
            List<ConsentColumn> consents = consents(j.consents());
            SupplierDeclaration supplier = j.declare() == null ? null : supplier(j.declare().supplier());
            SourceDeclaration source = j.declare() == null ? null : source(j.source(), j.declare().source());
            if (!errors.isEmpty()) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "The mapping file " + origin + " was refused:\n  - "
                        + String.join("\n  - ", errors) + "\nSee docs/data-mappings.md.");
            }
            return new DataMapping(j.name(), level, j.kind(), j.source(), supplier, source, j.sheet(), delimiter, identity, area, fields, consents);
        }

        private char delimiter(String d) {
            if (d == null) {
                return ',';
            }
            String s = d.equals("\\t") || d.equalsIgnoreCase("tab") ? "\t" : d;
            if (s.length() != 1 || s.charAt(0) == '"' || s.charAt(0) == '\n' || s.charAt(0) == '\r') {
                errors.add("\"delimiter\" must be one character such as \",\" \";\" or \"tab\", not \"" + d + "\"");
                return ',';
            }
            return s.charAt(0);
        }

        private IdentityColumns identity(Identity i) {
            if (i == null) {
                return IdentityColumns.none();
            }
            if (i.pollingDistrict() != null && i.electorNumber() == null) {
                errors.add("identity: \"pollingDistrict\" is only used with \"electorNumber\"");
            }
            if (i.fullName() != null && (i.forenames() != null || i.surname() != null)) {
                errors.add("identity: give either \"fullName\" or \"forenames\" and \"surname\", not both");
            }
            if ((i.forenames() == null) != (i.surname() == null)) {
                errors.add("identity: \"forenames\" and \"surname\" go together");
            }
            IdentityColumns out = new IdentityColumns(i.electorNumber(), i.pollingDistrict(), i.forenames(), i.surname(), i.fullName(),
                    i.address(), i.postcode(), i.birthDate(), i.email(), i.phone());
            if (out.address().size() > 9) {
                errors.add("identity: at most nine \"address\" columns");
            }
            return out;
        }

        private AreaColumn area(Area a, Level level) {
            if (level != Level.AREA) {
                if (a != null) {
                    errors.add("\"area\" is only for \"level\": \"area\"");
                }
                return null;
            }
            if (a == null || a.column() == null) {
                errors.add("an area-level mapping needs \"area\": {\"column\": …, \"kind\": …}");
                return null;
            }
            AreaColumn.Kind kind = AreaColumn.Kind.of(a.kind());
            if (kind == null) {
                errors.add("area: \"kind\" must be one of " + AreaColumn.Kind.known() + ", not \"" + a.kind() + "\"");
            }
            return new AreaColumn(a.column(), kind);
        }

        private List<FieldColumn> fields(List<Field> in) {
            List<FieldColumn> out = new ArrayList<>();
            if (in == null || in.isEmpty()) {
                errors.add("\"fields\" is empty: name at least one data column with its field, category and nature");
                return out;
            }
            Set<String> names = new HashSet<>();
            for (int n = 0; n < in.size(); n++) {
                Field f = in.get(n);
                String at = "fields[" + n + "]";
                text(f.column(), at + ": \"column\"");
                text(f.field(), at + ": \"field\"");
                text(f.category(), at + ": \"category\" (a data category from the taxonomy)");
                if (f.field() != null && !names.add(f.field())) {
                    errors.add(at + ": field \"" + f.field() + "\" is named twice");
                }
                Nature nature = null;
                if (!"factual".equals(f.nature()) && !"estimated".equals(f.nature())) {
                    errors.add(at + ": \"nature\" must be \"factual\" or \"estimated\", not \"" + f.nature() + "\"");
                } else {
                    nature = Nature.of(f.nature());
                }
                FieldColumn.FieldType type = FieldColumn.FieldType.TEXT;
                if (f.type() != null) {
                    try {
                        type = FieldColumn.FieldType.valueOf(f.type().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        errors.add(at + ": \"type\" must be one of text, integer, number, date, boolean, not \"" + f.type() + "\"");
                    }
                }
                out.add(new FieldColumn(f.column(), f.field(), f.category(), nature, type, f.values()));
            }
            return out;
        }

        private List<ConsentColumn> consents(List<Consent> in) {
            List<ConsentColumn> out = new ArrayList<>();
            for (int n = 0; in != null && n < in.size(); n++) {
                Consent c = in.get(n);
                String at = "consents[" + n + "]";
                text(c.column(), at + ": \"column\"");
                text(c.purpose(), at + ": \"purpose\" (a processing activity code)");
                Channel channel = parse(() -> Channel.of(c.channel()), at + ": \"channel\"");
                ConsentMethod method = parse(() -> ConsentMethod.of(c.method()), at + ": \"method\"");
                if (c.wordingVersion() != null && c.wordingVersionColumn() != null) {
                    errors.add(at + ": give \"wordingVersion\" or \"wordingVersionColumn\", not both");
                }
                out.add(new ConsentColumn(c.column(), c.purpose(), channel, method, c.wordingVersion(), c.wordingVersionColumn(), c.givenAtColumn()));
            }
            return out;
        }

        private SupplierDeclaration supplier(Supplier s) {
            if (s == null) {
                return null;
            }
            SupplierRole role = parse(() -> SupplierRole.of(s.role()), "declare.supplier: \"role\"");
            DueDiligence dd = parse(() -> DueDiligence.of(s.dueDiligence()), "declare.supplier: \"dueDiligence\"");
            Instant checked = instant(s.checkedAt(), "declare.supplier: \"checkedAt\"");
            return new SupplierDeclaration(s.code(), s.organisation(), role, dd, s.evidence(), checked);
        }

        private SourceDeclaration source(String code, Source s) {
            if (s == null) {
                return null;
            }
            SourceKind kind = parse(() -> SourceKind.of(s.kind()), "declare.source: \"kind\"");
            Wording wording = null;
            if (s.wording() != null) {
                WordingKind wk = "consent".equals(s.wording().kind()) ? WordingKind.CONSENT : "notice".equals(s.wording().kind()) ? WordingKind.NOTICE : null;
                if (wk == null) {
                    errors.add("declare.source.wording: \"kind\" must be \"notice\" or \"consent\"");
                }
                wording = new Wording(wk, s.wording().text(), instant(s.wording().effectiveFrom(), "declare.source.wording: \"effectiveFrom\""));
            }
            return new SourceDeclaration(code, kind, s.name(), s.supplier(), s.collectionMethod(), s.article6(), s.article9(),
                    s.legalReference(), s.purposes(), s.retention(), s.retentionMonths(), wording);
        }

        private Instant instant(String s, String what) {
            if (s == null) {
                return null;
            }
            try {
                return s.length() == 10 ? java.time.LocalDate.parse(s).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : Instant.parse(s);
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(what + " must be a date (2026-01-31) or an instant (2026-01-31T09:00:00Z), not \"" + s + "\"");
                return null;
            }
        }

        private <T> T parse(java.util.function.Supplier<T> p, String what) {
            try {
                return p.get();
            } catch (HustingsException e) {
                errors.add(what + ": " + e.getMessage());
                return null;
            }
        }

        private void text(String s, String what) {
            if (s == null || s.isBlank()) {
                errors.add(what + " is missing");
            }
        }
    }
}
