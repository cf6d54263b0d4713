package org.hustings.gate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hustings.provenance.Article9Condition;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.StatutoryField;
import org.hustings.provenance.StatutorySource;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Taxonomy;
import org.hustings.purpose.Activity;

/**
 * The field half of the gate, decided once per read: loads every source's footing and every
 * dataset's field annotations (small tables), asks the field rules about each (source or dataset,
 * field), and groups what is permitted into the few set-based queries the read will run.
 *
 * <p>Each decision is a <em>slot</em>: a (field, category, refusal) with the sources behind it.
 * Statutory columns and attribute pairs point at their slot, so released values are counted per
 * slot without any per-value lookup.
 */
final class GatePlan {
    /** Statutory sources whose permitted columns are identical, read in one query. */
    record StatutoryGroup(String table, List<StatutoryField> fields, List<Integer> slots, List<Long> sourceIds) { }

    /** One (dataset, field) of attribute_value with its slot, and whether each person's consent is needed. */
    record AttributePair(long datasetId, String field, String category, int slot, boolean needsConsent) { }

    /** A slot under construction. */
    static final class Slot {
        final String field;
        final String category;
        final Decision.Refused refusal;
        final List<String> sources = new ArrayList<>();

        Slot(String field, String category, Decision.Refused refusal) {
            this.field = field;
            this.category = category;
            this.refusal = refusal;
        }
    }

    final List<Slot> slots = new ArrayList<>();
    final List<StatutoryGroup> statutory = new ArrayList<>();
    final List<AttributePair> permitted = new ArrayList<>();
    final List<AttributePair> refused = new ArrayList<>();
    private final Map<List<Object>, Integer> slotIndex = new HashMap<>();

    private GatePlan() {
    }

    static GatePlan make(Connection c, Taxonomy taxonomy, Activity activity) throws SQLException {
        GatePlan plan = new GatePlan();
        Map<Long, FieldFacts> sources = sources(c);
        Map<List<Object>, List<Long>> groups = new LinkedHashMap<>();
        Map<List<Object>, List<StatutoryField>> groupFields = new HashMap<>();
        for (FieldFacts s : sources.values()) {
            if (s.kind() != SourceKind.STATUTORY_REGISTER) {
                continue;
            }
            StatutorySource spec = taxonomy.statute(s.statute() == null ? "register" : s.statute()).orElse(null);
            if (spec == null) {
                continue;
            }
            List<StatutoryField> allowed = new ArrayList<>();
            List<Object> key = new ArrayList<>(List.of(spec.table()));
            for (StatutoryField f : spec.fields()) {
                FieldFacts facts = withField(s, null, f.field(), f.column(), f.category(), taxonomy.requireCategory(f.category()).special(),
                        Nature.FACTUAL, null);
                int slot = plan.slot(facts, FieldRules.decide(activity, facts, taxonomy), s.sourceCode());
                if (plan.slots.get(slot).refusal == null) {
                    allowed.add(f);
                    key.add(slot);
                }
            }
            if (!allowed.isEmpty()) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s.sourceId());
                groupFields.put(key, allowed);
            }
        }
        groups.forEach((key, ids) -> plan.statutory.add(new StatutoryGroup((String) key.get(0), groupFields.get(key),
                key.subList(1, key.size()).stream().map(o -> (Integer) o).toList(), ids)));
        for (FieldFacts f : datasetFields(c, sources)) {
            Decision d = FieldRules.decide(activity, f, taxonomy);
            int slot = plan.slot(f, d, f.sourceCode() + " (dataset " + f.datasetId() + ")");
            AttributePair pair = new AttributePair(f.datasetId(), f.field(), f.category(), slot, needsConsent(taxonomy, f));
            (d instanceof Decision.Refused ? plan.refused : plan.permitted).add(pair);
        }
        return plan;
    }

    /** Values held on consent (Art 6(1)(a)) or explicit consent (Art 9(2)(a)) need each person's live consent. */
    static boolean needsConsent(Taxonomy taxonomy, FieldFacts f) {
        boolean basis = taxonomy.article6(f.article6()).map(LawfulBasis::consentBased).orElse(false);
        boolean condition = f.special() && taxonomy.article9(f.article9()).map(Article9Condition::consentBased).orElse(false);
        return basis || condition;
    }

    private int slot(FieldFacts f, Decision d, String source) {
        Decision.Refused refusal = d instanceof Decision.Refused r ? r : null;
        List<Object> key = List.of(f.field(), f.category(), refusal == null ? "" : refusal.rule(), refusal == null ? "" : refusal.reason());
        int i = slotIndex.computeIfAbsent(key, k -> {
            slots.add(new Slot(f.field(), f.category(), refusal));
            return slots.size() - 1;
        });
        slots.get(i).sources.add(source);
        return i;
    }

    private static FieldFacts withField(FieldFacts s, Long datasetId, String field, String column, String category, boolean special,
                                        Nature nature, String releaseBlock) {
        return new FieldFacts(s.sourceId(), s.sourceCode(), s.kind(), s.provenance(), s.statute(), s.article6(), s.article9(), s.purposes(),
                s.supplierRole(), s.dueDiligence(), datasetId, field, column, category, special, nature, releaseBlock);
    }

    private static Map<Long, FieldFacts> sources(Connection c) throws SQLException {
        Map<Long, Set<String>> purposes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source_id, purpose FROM source_purpose"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                purposes.computeIfAbsent(r.getLong(1), k -> new HashSet<>()).add(r.getString(2));
            }
        }
        Map<Long, FieldFacts> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.id, s.code, s.kind, s.article6_basis, p.source_id, p.statute, "
                + "p.article9_condition, sp.role, sp.due_diligence FROM source s LEFT JOIN source_provenance p ON p.source_id = s.id "
                + "LEFT JOIN supplier sp ON sp.id = p.supplier_id ORDER BY s.id");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                long id = r.getLong(1);
                out.put(id, new FieldFacts(id, r.getString(2), SourceKind.of(r.getString(3)), r.getObject(5) != null, r.getString(6),
                        r.getString(4), r.getString(7), Set.copyOf(purposes.getOrDefault(id, Set.of())),
                        r.getString(8) == null ? null : SupplierRole.of(r.getString(8)),
                        r.getString(9) == null ? null : DueDiligence.of(r.getString(9)), null, null, null, null, false, null, null));
            }
        }
        return out;
    }

    private static List<FieldFacts> datasetFields(Connection c, Map<Long, FieldFacts> sources) throws SQLException {
        List<FieldFacts> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT df.dataset_id, d.source_id, df.field, df.category, df.special_category, "
                + "df.nature, df.release_block FROM dataset_field df JOIN dataset d ON d.id = df.dataset_id WHERE d.status = 'loaded' "
                + "ORDER BY df.dataset_id, df.field");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                FieldFacts s = sources.get(r.getLong(2));
                if (s != null) {
                    out.add(withField(s, r.getLong(1), r.getString(3), null, r.getString(4), r.getBoolean(5), Nature.of(r.getString(6)),
                            r.getString(7)));
                }
            }
        }
        return out;
    }
}
