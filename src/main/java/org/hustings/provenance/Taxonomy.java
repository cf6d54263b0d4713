package org.hustings.provenance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * The taxonomy, loaded once from versioned resource files, validated with every error reported
 * together, then sealed (immutable): data categories with dotted keys and parents, the Article 6
 * bases, the Article 9 conditions and the statutory sources with their field annotations.
 *
 * <p>Example: {@code within("political.voting_intention", "political")} is true, so an activity
 * that declares it uses {@code political} may use voting intention; {@code category("ethnicity.estimated")}
 * is special and never released.
 */
public final class Taxonomy {
    private final int version;
    private final Map<String, DataCategory> categories;
    private final Map<String, LawfulBasis> article6;
    private final Map<String, Article9Condition> article9;
    private final Map<String, StatutorySource> statutes;

    Taxonomy(int version, Map<String, DataCategory> categories, Map<String, LawfulBasis> article6,
             Map<String, Article9Condition> article9, Map<String, StatutorySource> statutes) {
        this.version = version;
        this.categories = Map.copyOf(categories);
        this.article6 = Map.copyOf(article6);
        this.article9 = Map.copyOf(article9);
        this.statutes = Map.copyOf(statutes);
    }

    private static final class Standard {
        static final Taxonomy INSTANCE = TaxonomyLoader.fromClasspath();
    }

    /** The taxonomy shipped with Hustings (taxonomy/*.v1.json), loaded on first use. */
    public static Taxonomy standard() {
        return Standard.INSTANCE;
    }

    public int version() {
        return version;
    }

    public Optional<DataCategory> category(String key) {
        return Optional.ofNullable(key == null ? null : categories.get(key));
    }

    public DataCategory requireCategory(String key) {
        return category(key).orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST,
                "'" + key + "' is not a data category in the taxonomy (e.g. contact.email, political.voting_intention)."));
    }

    public Collection<DataCategory> categories() {
        return categories.values();
    }

    /** True when {@code key} is {@code ancestor} or lies beneath it (dotted hierarchy via parents). */
    public boolean within(String key, String ancestor) {
        for (DataCategory c = categories.get(key); c != null; c = c.parent() == null ? null : categories.get(c.parent())) {
            if (c.key().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code key} lies within any of {@code ancestors}. */
    public boolean withinAny(String key, Collection<String> ancestors) {
        return ancestors.stream().anyMatch(a -> within(key, a));
    }

    public Optional<LawfulBasis> article6(String key) {
        return Optional.ofNullable(key == null ? null : article6.get(key));
    }

    public Collection<LawfulBasis> article6Bases() {
        return article6.values();
    }

    public Optional<Article9Condition> article9(String key) {
        return Optional.ofNullable(key == null ? null : article9.get(key));
    }

    public Collection<Article9Condition> article9Conditions() {
        return article9.values();
    }

    /** Whether Art 9 condition {@code condition} can cover category {@code key}. */
    public boolean covers(Article9Condition condition, String key) {
        return condition.covers().isEmpty() || withinAny(key, condition.covers());
    }

    public Optional<StatutorySource> statute(String statute) {
        return Optional.ofNullable(statute == null ? null : statutes.get(statute));
    }

    public List<StatutorySource> statutes() {
        return statutes.values().stream().sorted(java.util.Comparator.comparing(StatutorySource::statute)).toList();
    }
}
