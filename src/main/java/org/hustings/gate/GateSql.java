package org.hustings.gate;

import java.util.List;
import org.hustings.provenance.StatutoryField;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * Builds the gate's set-based SQL for one activity and selection. The people rules become one
 * anti-join on live {@code person_flag} rows and, where consent is required, one semi-join on
 * {@code consent_state}; the field rules have already become the column list and the
 * (dataset, field) pairs. Table and column names come only from the sealed taxonomy.
 */
final class GateSql {
    private static final String CURRENT_ELECTORS = "SELECT e2.person_id FROM elector e2 JOIN register_edition r2 ON r2.id = e2.edition_id "
            + "WHERE e2.deleted_dataset_id IS NULL AND r2.status = 'current' AND r2.la_code = ?";
    private final Activity activity;
    private final Selection selection;
    private final List<PersonRule> flagRules;
    private final boolean consentRequired;

    GateSql(Activity activity, Taxonomy taxonomy, Selection selection) {
        this.activity = activity;
        this.selection = selection;
        this.flagRules = java.util.Arrays.stream(PersonRule.values())
                .filter(r -> r.flag != null && r.appliesTo(activity, taxonomy)).toList();
        this.consentRequired = PersonRule.consentRequired(activity, taxonomy);
    }

    /**
     * The released values of one group of statutory sources; {@code count} gives one count per
     * column instead. The group's datasets and the current editions are bound as id lists read in
     * the same snapshot ({@link BoundIds}) rather than joined. Null when there is nothing to read (no
     * dataset of these sources, or no current edition for the selection).
     */
    Sql statutory(GatePlan.StatutoryGroup g, boolean count, BoundIds ids) {
        List<Long> datasets = ids.datasets(g.sourceIds());
        if (datasets.isEmpty()) {
            return null;
        }
        Sql sql = new Sql().add("SELECT ");
        if (count) {
            for (int i = 0; i < g.fields().size(); i++) {
                sql.add((i == 0 ? "" : ", ") + "count(x." + g.fields().get(i).column() + ")");
            }
        } else {
            sql.add("x.person_id, x.dataset_id");
            for (StatutoryField f : g.fields()) {
                sql.add(", CAST(x." + f.column() + " AS VARCHAR)");
            }
        }
        sql.add(" FROM " + g.table() + " x WHERE ");
        if (datasets.size() <= BoundIds.MAX_BOUND) {
            sql.add("x.dataset_id IN ").in(datasets);
        } else {
            sql.add("x.dataset_id IN (SELECT d.id FROM dataset d WHERE d.source_id IN ").in(g.sourceIds()).add(")");
        }
        if (g.table().equals("elector")) {
            List<Long> editions = ids.currentEditions(laCode());
            if (editions.isEmpty()) {
                return null;
            }
            sql.add(" AND x.deleted_dataset_id IS NULL AND x.edition_id IN ").in(editions);
            onElector(sql);
        } else {
            onPerson(sql);
        }
        return people(sql);
    }

    /** The local authority the selection is limited to, or null. */
    private String laCode() {
        if (selection instanceof Selection.LocalAuthority la) {
            return la.laCode();
        }
        return selection instanceof Selection.PollingDistricts pd ? pd.laCode() : null;
    }

    /**
     * The attribute values of the permitted pairs for the people no person rule refuses, each with
     * its {@link ValueRule} rank (0 = released): {@code (person, dataset, field, category, value,
     * slot, rank)} with the value nulled unless the rank is 0; or, with {@code count}, {@code (slot,
     * rank, count)} rows.
     */
    Sql permittedAttributes(List<GatePlan.AttributePair> pairs, boolean count) {
        boolean consent = pairs.stream().anyMatch(GatePlan.AttributePair::needsConsent);
        Sql sql = new Sql();
        if (count) {
            sql.add("SELECT slot, rank, count(*) FROM (SELECT p.slot AS slot, ");
            rank(sql, consent).add(" AS rank");
        } else {
            sql.add("SELECT x.person_id, x.dataset_id, x.field, p.category, ");
            if (consent || activity.minLinkProbability() != null) {
                sql.add("CASE WHEN ");
                rank(sql, consent).add(" = 0 THEN x.value END, p.slot, ");
                rank(sql, consent);
            } else {
                sql.add("x.value, p.slot, 0");
            }
        }
        sql.add(" FROM attribute_value x JOIN ");
        pairs(sql, pairs);
        sql.add(" ON p.dataset_id = x.dataset_id AND p.field = x.field");
        if (consent) {
            // one row at most per value: consent_state has one row per person, purpose and channel
            sql.add(" LEFT JOIN consent_state k ON k.person_id = x.person_id AND k.purpose = ? AND k.channel = ? "
                    + "AND k.status = 'granted' AND k.provable = TRUE", activity.code(), activity.channel().code());
        }
        sql.add(" WHERE x.person_id IS NOT NULL");
        onPerson(sql);
        people(sql);
        return count ? sql.add(") z GROUP BY slot, rank") : sql;
    }

    /**
     * The first value rule that refuses row {@code x} of pair {@code p}: a link below the activity's
     * minimum (a NULL probability is no probabilistic link: register values, exact keys and values
     * stored with their person are never refused here), then a consent-based value without the
     * person's live consent ({@code k}, left-joined).
     */
    private Sql rank(Sql sql, boolean consent) {
        if (!consent && activity.minLinkProbability() == null) {
            return sql.add("0");
        }
        sql.add("CASE");
        if (activity.minLinkProbability() != null) {
            sql.add(" WHEN x.link_probability < ? THEN " + ValueRule.LINK_BELOW_MINIMUM.rank, activity.minLinkProbability());
        }
        if (consent) {
            sql.add(" WHEN p.needs_consent = 1 AND k.person_id IS NULL THEN " + ValueRule.CONSENT_FOR_FIELD.rank);
        }
        return sql.add(" ELSE 0 END");
    }

    /** (slot, count) of the values of pairs the field rules refused, for the dry run (no person rule applied). */
    Sql refusedAttributes(List<GatePlan.AttributePair> pairs) {
        Sql sql = new Sql().add("SELECT p.slot, count(*) FROM attribute_value x JOIN ");
        pairs(sql, pairs);
        sql.add(" ON p.dataset_id = x.dataset_id AND p.field = x.field WHERE x.person_id IS NOT NULL");
        onPerson(sql);
        return sql.add(" GROUP BY p.slot");
    }

    /**
     * Counts the selection's people by the first person rule that refuses them (rank = the rule's
     * ordinal; -1 = allowed), with up to {@code examples} ids per rule.
     */
    Sql peopleByRule(int examples) {
        Sql sql = new Sql().add("WITH u AS (");
        universe(sql);
        sql.add("), f AS (SELECT person_id, min(CASE flag");
        for (PersonRule r : flagRules) {
            sql.add(" WHEN '" + r.flag.code() + "' THEN " + r.ordinal());
        }
        sql.add(" END) AS rank FROM person_flag WHERE lifted_at IS NULL AND flag IN ")
                .in(flagRules.stream().map(r -> r.flag.code()).toList()).add(" GROUP BY person_id)");
        if (consentRequired) {
            sql.add(", k AS (SELECT person_id, provable FROM consent_state WHERE purpose = ? AND channel = ? AND status = 'granted')",
                    activity.code(), activity.channel().code());
        }
        sql.add(", ranked AS (SELECT u.person_id, CASE WHEN f.rank IS NOT NULL THEN f.rank");
        if (consentRequired) {
            sql.add(" WHEN k.person_id IS NULL THEN " + PersonRule.NO_CONSENT.ordinal()
                    + " WHEN k.provable = FALSE THEN " + PersonRule.CONSENT_NOT_PROVABLE.ordinal());
        }
        sql.add(" ELSE -1 END AS rank FROM u LEFT JOIN f ON f.person_id = u.person_id");
        if (consentRequired) {
            sql.add(" LEFT JOIN k ON k.person_id = u.person_id");
        }
        sql.add(") SELECT rank, count(*), NULL FROM ranked GROUP BY rank");
        if (examples > 0) {
            sql.add(" UNION ALL SELECT rank, NULL, person_id FROM (SELECT rank, person_id, row_number() OVER (PARTITION BY rank ORDER BY person_id) AS n "
                    + "FROM ranked WHERE rank > 0) z WHERE n <= ?", examples);
        }
        return sql;
    }

    private void universe(Sql sql) {
        if (selection instanceof Selection.People p) {
            sql.add("SELECT p.id AS person_id FROM person p WHERE p.id IN ").in(p.ids());
        } else if (selection instanceof Selection.LocalAuthority la) {
            sql.add("SELECT DISTINCT e2.person_id FROM elector e2 JOIN register_edition r2 ON r2.id = e2.edition_id "
                    + "WHERE e2.deleted_dataset_id IS NULL AND r2.status = 'current' AND r2.la_code = ?", la.laCode());
        } else if (selection instanceof Selection.PollingDistricts pd) {
            sql.add("SELECT DISTINCT e2.person_id FROM elector e2 JOIN register_edition r2 ON r2.id = e2.edition_id "
                    + "WHERE e2.deleted_dataset_id IS NULL AND r2.status = 'current' AND r2.la_code = ? AND e2.polling_district IN ", pd.laCode())
                    .in(pd.districts());
        } else {
            sql.add("SELECT p.id AS person_id FROM person p");
        }
    }

    /** Selection on a current elector row {@code x} (the local authority is already in the bound editions): a direct predicate. */
    private void onElector(Sql sql) {
        if (selection instanceof Selection.People p) {
            sql.add(" AND x.person_id IN ").in(p.ids());
        } else if (selection instanceof Selection.PollingDistricts pd) {
            sql.add(" AND x.polling_district IN ").in(pd.districts());
        }
    }

    /** Selection on any row {@code x} carrying a person_id. */
    private void onPerson(Sql sql) {
        if (selection instanceof Selection.People p) {
            sql.add(" AND x.person_id IN ").in(p.ids());
        } else if (selection instanceof Selection.LocalAuthority la) {
            sql.add(" AND x.person_id IN (" + CURRENT_ELECTORS + ")", la.laCode());
        } else if (selection instanceof Selection.PollingDistricts pd) {
            sql.add(" AND x.person_id IN (" + CURRENT_ELECTORS + " AND e2.polling_district IN ", pd.laCode()).in(pd.districts()).add(")");
        }
    }

    /** The people rules on row {@code x}: one anti-join on live flags, and one semi-join on live consent where required. */
    private Sql people(Sql sql) {
        sql.add(" AND NOT EXISTS (SELECT 1 FROM person_flag f WHERE f.person_id = x.person_id AND f.lifted_at IS NULL AND f.flag IN ")
                .in(flagRules.stream().map(r -> r.flag.code()).toList()).add(")");
        if (consentRequired) {
            sql.add(" AND ");
            liveConsent(sql);
        }
        return sql;
    }

    private Sql liveConsent(Sql sql) {
        return sql.add("EXISTS (SELECT 1 FROM consent_state k WHERE k.person_id = x.person_id AND k.purpose = ? AND k.channel = ? "
                + "AND k.status = 'granted' AND k.provable = TRUE)", activity.code(), activity.channel().code());
    }

    private static void pairs(Sql sql, List<GatePlan.AttributePair> pairs) {
        sql.add("(VALUES ");
        for (int i = 0; i < pairs.size(); i++) {
            GatePlan.AttributePair p = pairs.get(i);
            sql.add((i == 0 ? "" : ", ") + "(CAST(? AS BIGINT), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS INTEGER), CAST(? AS INTEGER))",
                    p.datasetId(), p.field(), p.category(), p.slot(), p.needsConsent() ? 1 : 0);
        }
        sql.add(") AS p(dataset_id, field, category, slot, needs_consent)");
    }
}
