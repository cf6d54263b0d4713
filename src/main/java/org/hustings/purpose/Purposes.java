package org.hustings.purpose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.provenance.LedgerLink;
import org.hustings.provenance.Taxonomy;
import org.hustings.store.Store;

/**
 * The register of processing activities (UK GDPR Art 30) and their DPIAs (Art 35). Seeded with
 * sensible defaults from data, editable; every change lands in the ledger.
 */
public final class Purposes {
    private final Store store;
    private final Taxonomy taxonomy;
    private final LedgerLink ledger;

    public Purposes(Store store) {
        this(store, Taxonomy.standard());
    }

    public Purposes(Store store, Taxonomy taxonomy) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.ledger = new LedgerLink(store);
    }

    /** The default activities as shipped (not what is configured). */
    public List<Activity> defaults() {
        return DefaultActivities.load(taxonomy);
    }

    /** Loads the default activities when the register is empty; returns how many were added (0 when already seeded). */
    public int seedDefaults(String actor) {
        List<Activity> defaults = defaults();
        return store.write(c -> {
            if (ActivityRecords.count(c) > 0) {
                return 0;
            }
            for (Activity a : defaults) {
                ActivityRecords.upsert(c, a, actor);
            }
            ledger.record(c, actor, "purpose.seed", "processing_activity", Map.of("activities", defaults.stream().map(Activity::code).toList()));
            return defaults.size();
        });
    }

    /** Adds or replaces an activity; refused with every reason when it breaks the taxonomy or the law. */
    public void define(String actor, Activity a) {
        ActivityChecks.require(taxonomy, a);
        store.write(c -> {
            ActivityRecords.upsert(c, a, actor);
            ledger.record(c, actor, "purpose.define", "activity:" + a.code(), Map.of("article6", a.article6(),
                    "article9", String.valueOf(a.article9()), "channel", a.channel().code(), "categories", a.categories(),
                    "dpia_required", a.dpiaRequired()));
            return null;
        });
    }

    public List<Activity> list() {
        return store.read(c -> ActivityRecords.load(c, null));
    }

    public Optional<Activity> activity(String code) {
        return store.read(c -> ActivityRecords.load(c, code)).stream().findFirst();
    }

    public Activity require(String code) {
        return activity(code).orElseThrow(() -> new HustingsException(ErrorCode.NOT_FOUND, "There is no processing activity '" + code
                + "'. Registered: " + list().stream().map(Activity::code).toList() + "."));
    }

    /** Starts a DPIA for an activity; returns its id. */
    public long draftDpia(String actor, String code, String summary) {
        if (summary == null || summary.isBlank()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A DPIA needs a summary of the risks and the measures taken.");
        }
        require(code);
        return store.write(c -> {
            long id = ActivityRecords.insertDpia(c, code, summary, actor);
            ledger.record(c, actor, "dpia.draft", "activity:" + code, Map.of("dpia", id));
            return id;
        });
    }

    /** Approves or rejects a draft DPIA (UK GDPR Art 35); only drafts can be decided. */
    public Dpia decideDpia(String actor, long id, boolean approve) {
        DpiaStatus status = approve ? DpiaStatus.APPROVED : DpiaStatus.REJECTED;
        return store.write(c -> {
            if (ActivityRecords.decideDpia(c, id, status, actor) == 0) {
                throw new HustingsException(ErrorCode.CONFLICT, "DPIA " + id + " does not exist or has already been decided.");
            }
            Dpia d = ActivityRecords.dpias(c, null, id).get(0);
            ledger.record(c, actor, "dpia." + status.code(), "activity:" + d.activity(), Map.of("dpia", id));
            return d;
        });
    }

    public List<Dpia> dpias(String code) {
        return store.read(c -> ActivityRecords.dpias(c, code, null));
    }

    /** True when the activity's most recently decided DPIA was approved. */
    public boolean dpiaApproved(String code) {
        return dpias(code).stream().filter(d -> d.status() != DpiaStatus.DRAFT).reduce((a, b) -> b)
                .map(d -> d.status() == DpiaStatus.APPROVED).orElse(false);
    }
}
