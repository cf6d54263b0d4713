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

    /** The released values of one group of statutory sources; {@code count} gives one count per column instead. */
    Sql statutory(GatePlan.StatutoryGroup g, boolean count) {
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
        sql.add(" FROM " + g.table() + " x JOIN dataset d ON d.id = x.dataset_id");
        if (g.table().equals("elector")) {
            sql.add(" JOIN register_edition r ON r.id = x.edition_id WHERE x.deleted_dataset_id IS NULL AND r.status = 'current'");
            sql.add(" AND d.source_id IN ").in(g.sourceIds());
            onElector(sql);
        } else {
            sql.add(" WHERE d.source_id IN ").in(g.sourceIds());
            onPerson(sql);
        }
        return people(sql);
    }

    /** The released attribute values of the permitted pairs; {@code count} gives (slot, count) rows instead. */
    Sql attributes(List<GatePlan.AttributePair> pairs, boolean count, boolean applyPeopleRules) {
        Sql sql = new Sql().add(count ? "SELECT p.slot, count(*)" : "SELECT x.person_id, x.dataset_id, x.field, p.category, x.value, p.slot");
        sql.add(" FROM attribute_value x JOIN ");
        pairs(sql, pairs);
        sql.add(" ON p.dataset_id = x.dataset_id AND p.field = x.field WHERE x.person_id IS NOT NULL");
        onPerson(sql);
        if (applyPeopleRules) {
            people(sql);
            sql.add(" AND (p.needs_consent = 0 OR ");
            liveConsent(sql).add(")");
        }
        return count ? sql.add(" GROUP BY p.slot") : sql;
    }

    /** How many values of consent-based fields are withheld from otherwise permitted people for want of a live consent. */
    Sql consentWithheld(List<GatePlan.AttributePair> pairs) {
        Sql sql = new Sql().add("SELECT count(*) FROM attribute_value x JOIN ");
        pairs(sql, pairs);
        sql.add(" ON p.dataset_id = x.dataset_id AND p.field = x.field WHERE x.person_id IS NOT NULL AND p.needs_consent = 1");
        onPerson(sql);
        people(sql);
        return sql.add(" AND NOT " + liveConsentText(), activity.code(), activity.channel().code());
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

    /** Selection on an elector row {@code x} of current edition {@code r}: a direct predicate, no extra join. */
    private void onElector(Sql sql) {
        if (selection instanceof Selection.People p) {
            sql.add(" AND x.person_id IN ").in(p.ids());
        } else if (selection instanceof Selection.LocalAuthority la) {
            sql.add(" AND r.la_code = ?", la.laCode());
        } else if (selection instanceof Selection.PollingDistricts pd) {
            sql.add(" AND r.la_code = ? AND x.polling_district IN ", pd.laCode()).in(pd.districts());
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
        return sql.add(liveConsentText(), activity.code(), activity.channel().code());
    }

    private static String liveConsentText() {
        return "EXISTS (SELECT 1 FROM consent_state k WHERE k.person_id = x.person_id AND k.purpose = ? AND k.channel = ? "
                + "AND k.status = 'granted' AND k.provable = TRUE)";
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
