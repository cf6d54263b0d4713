package org.hustings.provenance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/** Reads the taxonomy resource files and checks them whole: every error is collected and reported together. */
final class TaxonomyLoader {
    static final String CATEGORIES = "taxonomy/data-categories.v1.json";
    static final String BASES = "taxonomy/lawful-bases.v1.json";
    static final String STATUTES = "taxonomy/statutory-sources.v1.json";
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Set<String> STATUTORY_TABLES = Set.of("elector", "election_mark", "absent_voter");
    private static final Set<String> USES = Set.of("electoral", "donation_check", "research", "membership", "casework", "other");

    record CategoryFile(int version, String name, List<DataCategory> categories) { }

    record BasesFile(int version, List<LawfulBasis> article6, List<Article9Condition> article9) { }

    record StatutesFile(int version, List<StatutorySource> statutes) { }

    private TaxonomyLoader() {
    }

    static Taxonomy fromClasspath() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return check(read(json, CATEGORIES, CategoryFile.class), read(json, BASES, BasesFile.class), read(json, STATUTES, StatutesFile.class));
    }

    private static <T> T read(ObjectMapper json, String resource, Class<T> type) {
        try (InputStream in = TaxonomyLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new HustingsException(ErrorCode.INTERNAL, "The taxonomy file " + resource + " is missing from the build.");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "The taxonomy file " + resource + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Validates the three files together and seals them into a {@link Taxonomy}, or fails listing every error. */
    static Taxonomy check(CategoryFile cats, BasesFile bases, StatutesFile statutes) {
        List<String> errors = new ArrayList<>();
        Map<String, DataCategory> categories = new LinkedHashMap<>();
        for (DataCategory c : cats.categories()) {
            if (c.key() == null || !KEY.matcher(c.key()).matches()) {
                errors.add(CATEGORIES + ": category key '" + c.key() + "' is not a lower-case dotted key");
            } else if (categories.put(c.key(), c) != null) {
                errors.add(CATEGORIES + ": category '" + c.key() + "' is defined twice");
            }
            if (c.law() == null || c.law().isBlank()) {
                errors.add(CATEGORIES + ": category '" + c.key() + "' cites no law");
            }
        }
        for (DataCategory c : categories.values()) {
            DataCategory parent = c.parent() == null ? null : categories.get(c.parent());
            if (c.parent() != null && parent == null) {
                errors.add(CATEGORIES + ": category '" + c.key() + "' names parent '" + c.parent() + "', which is not defined");
            } else if (parent != null && !c.key().startsWith(parent.key() + ".")) {
                errors.add(CATEGORIES + ": category '" + c.key() + "' does not start with its parent's key '" + parent.key() + "'");
            }
            if (parent != null && parent.special() && !c.special()) {
                errors.add(CATEGORIES + ": category '" + c.key() + "' is not special but its parent '" + parent.key() + "' is (UK GDPR Art 9(1))");
            }
            if (c.neverReleased() && !c.special()) {
                errors.add(CATEGORIES + ": category '" + c.key() + "' is never released but not marked special");
            }
        }
        Map<String, LawfulBasis> a6 = new LinkedHashMap<>();
        for (LawfulBasis b : bases.article6()) {
            if (a6.put(b.key(), b) != null) {
                errors.add(BASES + ": Article 6 basis '" + b.key() + "' is defined twice");
            }
        }
        Map<String, Article9Condition> a9 = new LinkedHashMap<>();
        for (Article9Condition c : bases.article9()) {
            if (a9.put(c.key(), c) != null) {
                errors.add(BASES + ": Article 9 condition '" + c.key() + "' is defined twice");
            }
            for (String covered : c.covers()) {
                if (!categories.containsKey(covered)) {
                    errors.add(BASES + ": Article 9 condition '" + c.key() + "' covers unknown category '" + covered + "'");
                }
            }
        }
        Map<String, StatutorySource> st = new LinkedHashMap<>();
        for (StatutorySource s : statutes.statutes()) {
            String where = STATUTES + ": statute '" + s.statute() + "'";
            if (st.put(s.statute(), s) != null) {
                errors.add(where + " is defined twice");
            }
            if (!STATUTORY_TABLES.contains(s.table())) {
                errors.add(where + " names table '" + s.table() + "'; expected one of " + STATUTORY_TABLES);
            }
            if (!a6.containsKey(s.article6())) {
                errors.add(where + " names unknown Article 6 basis '" + s.article6() + "'");
            }
            if (s.legalReference() == null || s.legalReference().isBlank()) {
                errors.add(where + " cites no law");
            }
            for (String use : s.allowedUse()) {
                if (!USES.contains(use)) {
                    errors.add(where + " allows unknown use '" + use + "'; expected one of " + USES);
                }
            }
            for (StatutoryField f : s.fields()) {
                if (f.column() == null || !COLUMN.matcher(f.column()).matches()) {
                    errors.add(where + ": column '" + f.column() + "' is not a plain column name");
                }
                if (!categories.containsKey(f.category())) {
                    errors.add(where + ": field '" + f.field() + "' has unknown category '" + f.category() + "'");
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new HustingsException(ErrorCode.INTERNAL,
                    "The taxonomy has " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
        }
        return new Taxonomy(cats.version(), categories, a6, a9, st);
    }
}
