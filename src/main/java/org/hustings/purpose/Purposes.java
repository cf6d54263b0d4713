package org.hustings.purpose;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;
import org.hustings.provenance.LawfulBasis;
import org.hustings.provenance.LedgerLink;
import org.hustings.provenance.Taxonomy;
import org.hustings.store.Store;

/**
 * The register of processing activities (UK GDPR Art 30) and their DPIAs (Art 35). Seeded with
 * sensible defaults from data the first time anything needs them — reading the register, a gated
 * read, declaring a source, recording a consent, loading a file — never overwriting an activity
 * that is there; editable; every change lands in the ledger.
 */
public final class Purposes {
    /** The actor the ledger names for what Hustings does by itself. */
    public static final String SYSTEM = "hustings";

    private final Store store;
    private final Taxonomy taxonomy;
    private final LedgerLink ledger;
    private volatile List<Activity> defaults;

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
        List<Activity> d = defaults;
        if (d == null) {
            d = taxonomy == Taxonomy.standard() ? Standard.DEFAULTS : DefaultActivities.load(taxonomy);
            defaults = d;
        }
        return d;
    }

    private static final class Standard {
        static final List<Activity> DEFAULTS = DefaultActivities.load(Taxonomy.standard());
    }

    /** Adds the default activities missing from the register; returns how many (0 when all are there). */
    public int seedDefaults(String actor) {
        return store.write(c -> ensureDefaults(c, actor));
    }

    /**
     * Adds, in the caller's transaction, each default activity whose code is not in the register; an
     * activity that is there — as shipped or as edited — is never touched. One ledger entry names
     * those added. Returns how many.
     */
    public int ensureDefaults(Connection c, String actor) throws SQLException {
        Set<String> present = ActivityRecords.codes(c);
        List<Activity> missing = defaults().stream().filter(a -> !present.contains(a.code())).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        for (Activity a : missing) {
            ActivityRecords.upsert(c, a, actor);
        }
        ledger.record(c, actor, "purpose.seed", "processing_activity", Map.of("activities", missing.stream().map(Activity::code).toList()));
        return missing.size();
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

    /**
     * Changes the editable parts of an activity (description, bases, data categories, recipients,
     * retention, whether a DPIA is needed). Refused, with every reason and the field it is about,
     * when the result breaks the taxonomy or the law — e.g. public task outside electoral law (UK
     * GDPR Art 6(1)(e), 6(3)), or marketing by email on anything but consent (PECR reg 22). Only
     * the columns edited are written; one ledger entry names the fields changed. Returns the
     * activity as now recorded.
     */
    public Activity edit(String actor, String code, ActivityEdit edit) {
        Activity current = require(code);
        Activity changed = edit.applyTo(current);
        List<FieldProblems.Problem> problems = ActivityChecks.fieldProblems(taxonomy, changed);
        if (!problems.isEmpty()) {
            throw new FieldProblems(ErrorCode.REFUSED, "The change to '" + code + "'", problems);
        }
        List<String> fields = changedFields(current, changed);
        if (fields.isEmpty()) {
            return current;
        }
        store.write(c -> {
            ActivityRecords.update(c, changed, actor);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("changed", fields);
            details.put("article6", changed.article6());
            details.put("article9", String.valueOf(changed.article9()));
            details.put("categories", changed.categories());
            details.put("dpia_required", changed.dpiaRequired());
            ledger.record(c, actor, "purpose.edit", "activity:" + code, details);
            return null;
        });
        return require(code);
    }

    private static List<String> changedFields(Activity a, Activity b) {
        List<String> out = new ArrayList<>();
        if (!a.name().equals(b.name())) {
            out.add("name");
        }
        if (!a.description().equals(b.description())) {
            out.add("description");
        }
        if (!a.article6().equals(b.article6())) {
            out.add("article6");
        }
        if (!java.util.Objects.equals(a.article9(), b.article9())) {
            out.add("article9");
        }
        if (!Set.copyOf(a.categories()).equals(Set.copyOf(b.categories()))) {
            out.add("categories");
        }
        if (!Set.copyOf(a.recipients()).equals(Set.copyOf(b.recipients()))) {
            out.add("recipients");
        }
        if (!a.retention().equals(b.retention())) {
            out.add("retention");
        }
        if (a.dpiaRequired() != b.dpiaRequired()) {
            out.add("dpiaRequired");
        }
        return out;
    }

    /**
     * The Article 6 bases an activity may rest on, as the law allows for what it is: never public
     * task outside electoral law (UK GDPR Art 6(1)(e), 6(3)), only consent for marketing by email
     * or text (PECR reg 22).
     */
    public List<LawfulBasis> basesFor(Activity a) {
        return taxonomy.article6Bases().stream()
                .filter(b -> ActivityChecks.basisProblems(taxonomy, b.key(), a.use(), a.channel(), a.directMarketing()).isEmpty())
                .sorted(Comparator.comparing(LawfulBasis::article)).toList();
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Sets the lowest link probability at which a value attached to a person by a probabilistic link
     * may be used for the activity, or clears it ({@code minimum} null). Below it the gate withholds
     * the value: it may belong to someone else (accuracy, UK GDPR Art 5(1)(d)). Values from the
     * register itself, exact-key links (probability 1) and values stored with their person (no
     * probability) are never affected. Ledgered as a configuration change.
     */
    public Activity setMinLinkProbability(String actor, String code, Double minimum) {
        if (minimum != null && (minimum.isNaN() || !ActivityChecks.validMinimum(minimum))) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A minimum link probability must be above 0 and at most 1 (for example 0.95), not "
                    + minimum + ".");
        }
        Activity before = require(code);
        return store.write(c -> {
            if (ActivityRecords.setMinLinkProbability(c, code, minimum, actor) == 0) {
                throw new HustingsException(ErrorCode.NOT_FOUND, "There is no processing activity '" + code + "'.");
            }
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("minimum", minimum == null ? "none" : minimum);
            details.put("previous", before.minLinkProbability() == null ? "none" : before.minLinkProbability());
            ledger.record(c, actor, "purpose.min_link_probability", "activity:" + code, details);
            return ActivityRecords.load(c, code).get(0);
        });
    }

    /** Every activity in the register, the defaults put in place first if any is missing. */
    public List<Activity> list() {
        List<Activity> all = store.read(c -> ActivityRecords.load(c, null));
        Set<String> codes = new java.util.HashSet<>(all.stream().map(Activity::code).toList());
        if (defaults().stream().anyMatch(a -> !codes.contains(a.code())) && seedDefaults(SYSTEM) > 0) {
            all = store.read(c -> ActivityRecords.load(c, null));
        }
        return all;
    }

    public Optional<Activity> activity(String code) {
        Optional<Activity> found = store.read(c -> ActivityRecords.load(c, code)).stream().findFirst();
        if (found.isEmpty() && defaults().stream().anyMatch(a -> a.code().equals(code)) && seedDefaults(SYSTEM) > 0) {
            found = store.read(c -> ActivityRecords.load(c, code)).stream().findFirst();
        }
        return found;
    }

    public Activity require(String code) {
        return activity(code).orElseThrow(() -> new HustingsException(ErrorCode.NOT_FOUND, "There is no processing activity '" + code
                + "'. Registered: " + list().stream().map(Activity::code).toList() + "."));
    }

    /** Starts a DPIA for an activity; returns its id. */
    public long draftDpia(String actor, String code, String summary) {
        if (summary == null || summary.isBlank()) {
            throw new FieldProblems(ErrorCode.BAD_REQUEST, "The DPIA", List.of(new FieldProblems.Problem("summary",
                    "a DPIA needs a summary of the risks and the measures taken (UK GDPR Art 35(7)).")));
        }
        require(code);
        return store.write(c -> {
            long id = ActivityRecords.insertDpia(c, code, summary.strip(), actor);
            ledger.record(c, actor, "dpia.draft", "activity:" + code, Map.of("dpia", id));
            return id;
        });
    }

    /** Approves or rejects a draft DPIA (UK GDPR Art 35); only drafts can be decided. */
    public Dpia decideDpia(String actor, long id, boolean approve) {
        return decide(actor, id, approve, null);
    }

    /**
     * Approves or rejects a draft DPIA with its sign-off: who signed it off, on which day (not in
     * the future) and the assessment's reference. An approval needs all three.
     */
    public Dpia decideDpia(String actor, long id, boolean approve, DpiaSignOff signOff) {
        List<FieldProblems.Problem> problems = new ArrayList<>();
        if (approve || signOff != null) {
            if (signOff == null || signOff.by() == null || signOff.by().isBlank()) {
                problems.add(new FieldProblems.Problem("signedOffBy", "say who signed the assessment off (UK GDPR Art 35(2): with the DPO's advice)."));
            } else if (signOff.by().length() > 200) {
                problems.add(new FieldProblems.Problem("signedOffBy", "the name is longer than 200 characters."));
            }
            if (signOff == null || signOff.on() == null) {
                problems.add(new FieldProblems.Problem("signedOffOn", "say on which day it was signed off."));
            } else if (signOff.on().isAfter(LocalDate.now(ZoneId.of("Europe/London")))) {
                problems.add(new FieldProblems.Problem("signedOffOn", "the sign-off date " + signOff.on() + " is in the future."));
            }
            if (signOff == null || signOff.reference() == null || signOff.reference().isBlank()) {
                problems.add(new FieldProblems.Problem("reference", "give the reference of the assessment document, so the decision can be traced to it."));
            } else if (signOff.reference().length() > 200) {
                problems.add(new FieldProblems.Problem("reference", "the reference is longer than 200 characters."));
            }
        }
        if (!problems.isEmpty()) {
            throw new FieldProblems(ErrorCode.BAD_REQUEST, "The decision on DPIA " + id, problems);
        }
        DpiaSignOff clean = signOff == null ? null : new DpiaSignOff(signOff.by().strip(), signOff.on(), signOff.reference().strip());
        return decide(actor, id, approve, clean);
    }

    private Dpia decide(String actor, long id, boolean approve, DpiaSignOff signOff) {
        DpiaStatus status = approve ? DpiaStatus.APPROVED : DpiaStatus.REJECTED;
        return store.write(c -> {
            if (ActivityRecords.decideDpia(c, id, status, actor) == 0) {
                throw new HustingsException(ErrorCode.CONFLICT, "DPIA " + id + " does not exist or has already been decided.");
            }
            if (signOff != null) {
                ActivityRecords.signOff(c, id, signOff);
            }
            Dpia d = ActivityRecords.dpias(c, null, id).get(0);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("dpia", id);
            if (signOff != null) {
                details.put("reference_sha256", sha256(signOff.reference()));
                details.put("signed_off_on", signOff.on().toString());
            }
            ledger.record(c, actor, "dpia." + status.code(), "activity:" + d.activity(), details);
            return d;
        });
    }

    /** The ledger keeps no free text: a hash of the reference lets an auditor check it against the document. */
    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
