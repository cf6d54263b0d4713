package org.hustings.provenance;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;
import org.hustings.store.Store;

/**
 * Sources, suppliers and datasets with their provenance: the facade ingest and configuration call.
 * Nothing is stored without provenance — every declaration is checked whole, refused with every
 * reason at once, and every change lands in the ledger.
 *
 * <pre>{@code
 * Sources sources = new Sources(store);
 * long ero = store.write(c -> sources.ensureRegisterSource(c, "E07000223", "Adur"));
 * sources.declareSupplier("alice", new SupplierDeclaration("acme", "Acme Data Ltd", SupplierRole.BROKER, ...));
 * long broker = sources.declareSource("alice", new SourceDeclaration("acme-lifestyle", SourceKind.COMMERCIAL, ...));
 * DeclaredDataset d = store.write(c -> sources.declareDataset(c, "alice", new DatasetDeclaration("acme-lifestyle", ...)));
 * }</pre>
 */
public final class Sources {
    private final Store store;
    private final Taxonomy taxonomy;
    private final LedgerLink ledger;

    public Sources(Store store) {
        this(store, Taxonomy.standard());
    }

    public Sources(Store store, Taxonomy taxonomy) {
        this.store = store;
        this.taxonomy = taxonomy;
        this.ledger = new LedgerLink(store);
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Registers a supplier and the due diligence done on it. */
    public long declareSupplier(String actor, SupplierDeclaration s) {
        return store.write(c -> declareSupplier(c, actor, s));
    }

    /** As {@link #declareSupplier(String, SupplierDeclaration)}, inside the caller's transaction. */
    public long declareSupplier(Connection c, String actor, SupplierDeclaration s) throws SQLException {
        Refusals refusals = new Refusals("Supplier '" + s.code() + "'");
        if (s.code() == null || !SourceChecks.CODE.matcher(s.code()).matches()) {
            refusals.missing("code", "the supplier code '" + s.code() + "' must be lower-case letters, digits, '-', '_', '.' or ':' (at most 100).");
        }
        refusals.requireText(s.organisation(), "organisation", "the organisation's name");
        if (s.role() == null) {
            refusals.missing("role", "the supplier's role (controller, processor, broker or public body) is missing.");
        }
        if (s.dueDiligence() == null) {
            refusals.missing("dueDiligence", "the due-diligence status is missing (UK GDPR Art 5(2): record the checks on every supplier).");
        } else if (s.dueDiligence() == DueDiligence.PASSED && (s.evidence() == null || s.evidence().isBlank())) {
            refusals.missing("evidence", "due diligence marked passed without evidence; record what was checked.");
        }
        refusals.throwIfAny();
        if (SourceRecords.id(c, "supplier", s.code()).isPresent()) {
            throw new HustingsException(ErrorCode.CONFLICT, "A supplier with code '" + s.code() + "' already exists.");
        }
        long id = SourceRecords.insertSupplier(c, s, actor);
        ledger.record(c, actor, "supplier.declare", "supplier:" + s.code(),
                Map.of("role", s.role().code(), "due_diligence", s.dueDiligence().code()));
        return id;
    }

    /** Records the outcome of a due-diligence check on a supplier, with its evidence (UK GDPR Art 5(2); Art 28(1) for processors). */
    public void recordDueDiligence(String actor, String supplierCode, DueDiligence status, String evidence) {
        Refusals refusals = new Refusals("The due-diligence record for '" + supplierCode + "'");
        if (status == null) {
            refusals.missing("status", "the outcome (in_progress, passed or failed) is missing.");
        } else if (status != DueDiligence.NOT_STARTED && (evidence == null || evidence.isBlank())) {
            refusals.missing("evidence", "a due-diligence outcome needs its evidence: record what was checked, and what was found.");
        }
        refusals.throwIfAny();
        store.write(c -> {
            long id = SourceRecords.id(c, "supplier", supplierCode).orElseThrow(() -> unknown("supplier", supplierCode));
            SourceRecords.dueDiligence(c, id, status, evidence, actor);
            ledger.record(c, actor, "supplier.due_diligence", "supplier:" + supplierCode, Map.of("status", status.code()));
            return null;
        });
    }

    /** Declares a non-statutory source; refused, with every reason, when anything required is missing or unlawful. */
    public long declareSource(String actor, SourceDeclaration d) {
        return store.write(c -> declareSource(c, actor, d));
    }

    /** As {@link #declareSource(String, SourceDeclaration)}, inside the caller's transaction. */
    public long declareSource(Connection c, String actor, SourceDeclaration d) throws SQLException {
        Refusals refusals = new Refusals("Source '" + d.code() + "'");
        SourceChecks.check(taxonomy, d, refusals);
        Long supplierId = d.supplierCode() == null ? null : SourceRecords.id(c, "supplier", d.supplierCode()).orElse(null);
        if (d.supplierCode() != null && supplierId == null) {
            refusals.missing("supplier", "supplier '" + d.supplierCode() + "' is not registered; declare the supplier first.");
        }
        Set<String> activities = activityCodes(c, d.purposes());
        for (String p : d.purposes()) {
            if (!activities.contains(p)) {
                refusals.missing("purposes", "purpose '" + p + "' is not in the register of processing activities (hustings purpose list).");
            }
        }
        refusals.throwIfAny();
        if (SourceRecords.id(c, "source", d.code()).isPresent()) {
            throw new FieldProblems(ErrorCode.CONFLICT, "Source '" + d.code() + "'",
                    List.of(new FieldProblems.Problem("code", "a source with code '" + d.code() + "' already exists.")));
        }
        String supplierName = SourceRecords.organisation(c, supplierId);
        long id = SourceRecords.insertSource(c, d.code(), d.kind(), d.name(), supplierName, d.article6(), d.legalReference());
        SourceRecords.insertProvenance(c, id, supplierId, null, d.collectionMethod(), d.article9(), d.retention(), d.retentionMonths(), actor);
        for (String p : d.purposes()) {
            SourceRecords.permit(c, id, p);
        }
        if (d.wording() != null) {
            SourceRecords.addWording(c, id, d.wording(), actor);
        }
        ledger.record(c, actor, "source.declare", "source:" + d.code(), Map.of("kind", d.kind().code(), "article6", d.article6(),
                "article9", String.valueOf(d.article9()), "purposes", d.purposes()));
        return id;
    }

    /**
     * Declares a source from a declaration file or API body, registering its supplier first when the
     * file carries one that is not yet registered (an existing supplier is used as it stands). One
     * transaction: both are stored, or neither.
     */
    public long declare(String actor, SourceDeclarationFile.Declaration d) {
        return store.write(c -> {
            SupplierDeclaration s = d.supplier();
            if (s != null && s.code() != null && SourceRecords.id(c, "supplier", s.code()).isEmpty()) {
                declareSupplier(c, actor, s);
            }
            return declareSource(c, actor, d.source());
        });
    }

    /** Adds a new version of a source's notice or consent wording; earlier versions are kept. Returns the version number. */
    public int addWording(String actor, String sourceCode, Wording wording) {
        Refusals refusals = new Refusals("The new wording of '" + sourceCode + "'");
        if (wording == null || wording.kind() == null) {
            refusals.missing("kind", "say whether the wording is a privacy notice (UK GDPR Art 13) or a consent request (Art 7(1)).");
        }
        if (wording == null || wording.text() == null || wording.text().isBlank()) {
            refusals.missing("text", "the exact text shown is missing.");
        } else if (wording.text().length() > 8000) {
            refusals.missing("text", "the text is longer than 8,000 characters.");
        }
        refusals.throwIfAny();
        return store.write(c -> {
            long id = SourceRecords.id(c, "source", sourceCode).orElseThrow(() -> unknown("source", sourceCode));
            int version = SourceRecords.addWording(c, id, wording, actor);
            ledger.record(c, actor, "source.wording", "source:" + sourceCode, Map.of("version", version, "kind", wording.kind().code()));
            return version;
        });
    }

    /** Lets a source's data be used for a purpose (the gate still applies every other rule). */
    public void permitPurpose(String actor, String sourceCode, String purpose) {
        store.write(c -> {
            long id = SourceRecords.id(c, "source", sourceCode).orElseThrow(() -> unknown("source", sourceCode));
            if (!activityCodes(c, List.of(purpose)).contains(purpose)) {
                throw unknown("processing activity", purpose);
            }
            Refusals refusals = new Refusals("Permitting '" + purpose + "' for '" + sourceCode + "'");
            statutoryUse(c, id, List.of(purpose), refusals);
            refusals.throwIfAny();
            SourceRecords.permit(c, id, purpose);
            ledger.record(c, actor, "source.permit", "source:" + sourceCode, Map.of("purpose", purpose));
            return null;
        });
    }

    /** Stops a source's data being used for a purpose, at once. */
    public void withdrawPurpose(String actor, String sourceCode, String purpose) {
        store.write(c -> {
            long id = SourceRecords.id(c, "source", sourceCode).orElseThrow(() -> unknown("source", sourceCode));
            if (!SourceRecords.purposes(c, id).contains(purpose)) {
                throw new HustingsException(ErrorCode.NOT_FOUND, "Source '" + sourceCode + "' does not permit '" + purpose + "'.");
            }
            int n = SourceRecords.withdraw(c, id, purpose);
            ledger.record(c, actor, "source.withdraw", "source:" + sourceCode, Map.of("purpose", purpose, "removed", n));
            return null;
        });
    }

    /**
     * Sets the purposes a source permits to exactly {@code purposes}: those added may be used from
     * the next read on, those removed stop at once. One ledger entry names both. A statutory source
     * may permit only the uses its statute allows (RPR 2001 regs 103-105, 114-115 and 117).
     * Returns the purposes as now permitted.
     */
    public List<String> setPurposes(String actor, String sourceCode, List<String> purposes) {
        List<String> wanted = purposes == null ? List.of() : purposes.stream().map(String::strip).distinct().sorted().toList();
        return store.write(c -> {
            long id = SourceRecords.id(c, "source", sourceCode).orElseThrow(() -> unknown("source", sourceCode));
            Refusals refusals = new Refusals("The purposes of '" + sourceCode + "'");
            Set<String> activities = activityCodes(c, wanted);
            for (String p : wanted) {
                if (!activities.contains(p)) {
                    refusals.missing("purposes", "purpose '" + p + "' is not in the register of processing activities.");
                }
            }
            statutoryUse(c, id, wanted, refusals);
            refusals.throwIfAny();
            List<String> before = SourceRecords.purposes(c, id);
            List<String> added = wanted.stream().filter(p -> !before.contains(p)).toList();
            List<String> removed = before.stream().filter(p -> !wanted.contains(p)).toList();
            if (added.isEmpty() && removed.isEmpty()) {
                return before;
            }
            for (String p : added) {
                SourceRecords.permit(c, id, p);
            }
            for (String p : removed) {
                SourceRecords.withdraw(c, id, p);
            }
            ledger.record(c, actor, "source.purposes", "source:" + sourceCode, Map.of("added", added, "removed", removed, "purposes", wanted));
            return wanted;
        });
    }

    /** Changes how long a source's data is kept (UK GDPR Art 5(1)(e)); {@code months} may be null when the period is an event. */
    public void setRetention(String actor, String sourceCode, String retention, Integer months) {
        Refusals refusals = new Refusals("The retention of '" + sourceCode + "'");
        refusals.requireText(retention, "retention", "the retention period (UK GDPR Art 5(1)(e))");
        if (retention != null && retention.length() > 400) {
            refusals.missing("retention", "the retention period is longer than 400 characters.");
        }
        if (months != null && months <= 0) {
            refusals.missing("retentionMonths", "the retention in months must be positive.");
        }
        refusals.throwIfAny();
        store.write(c -> {
            long id = SourceRecords.id(c, "source", sourceCode).orElseThrow(() -> unknown("source", sourceCode));
            if (DatasetAnnotation.footing(c, id) == null) {
                throw new HustingsException(ErrorCode.CONFLICT, "Source '" + sourceCode + "' has no provenance recorded, so it has no retention to change.");
            }
            SourceDetails.setRetention(c, id, retention.strip(), months);
            Map<String, Object> details = new java.util.LinkedHashMap<>();
            details.put("retention_months", months == null ? "none" : months);
            ledger.record(c, actor, "source.retention", "source:" + sourceCode, details);
            return null;
        });
    }

    /** The activity codes in the register, putting the defaults in place first when any of {@code needed} is missing. */
    private Set<String> activityCodes(Connection c, java.util.Collection<String> needed) throws SQLException {
        Set<String> codes = SourceRecords.activityCodes(c);
        if (!codes.containsAll(needed) && ActivitySeed.ensureAll(store, c) > 0) {
            codes = SourceRecords.activityCodes(c);
        }
        return codes;
    }

    /** A statutory source may be permitted only the classes of use its statute allows. */
    private void statutoryUse(Connection c, long sourceId, List<String> purposes, Refusals refusals) throws SQLException {
        StatutorySource statute = SourceDetails.statute(c, sourceId).flatMap(taxonomy::statute).orElse(null);
        if (statute == null) {
            return;
        }
        Map<String, String> uses = SourceDetails.useClasses(c);
        for (String p : purposes) {
            String use = uses.get(p);
            if (use != null && !statute.allowedUse().contains(use)) {
                refusals.unlawful("purposes", "the " + statute.name().toLowerCase(java.util.Locale.ROOT) + " may not be used for '" + p
                        + "' (" + use.replace('_', ' ') + "): " + statute.legalReference());
            }
        }
    }

    /** Ensures the full register source for a local authority exists (RPR 2001 regs 103-105, 114-115); returns its id. */
    public long ensureRegisterSource(Connection c, String laCode, String laName) throws SQLException {
        return StatutoryRegistration.ensure(c, taxonomy, ledger, "register", laCode, laName);
    }

    /** Ensures the marked register source for a local authority exists (RPR 2001 reg 117: electoral purposes or research). */
    public long ensureMarkedRegisterSource(Connection c, String laCode, String laName) throws SQLException {
        return StatutoryRegistration.ensure(c, taxonomy, ledger, "marked_register", laCode, laName);
    }

    /** Ensures the absent voters list source for a local authority exists (electoral purposes only). */
    public long ensureAbsentVotersSource(Connection c, String laCode, String laName) throws SQLException {
        return StatutoryRegistration.ensure(c, taxonomy, ledger, "absent_voters", laCode, laName);
    }

    /**
     * Declares one delivery of a declared source with its field annotations, inside the caller's
     * (ingest's) transaction. Refused whole, with every reason, when the source has no provenance,
     * claims public task for non-statutory data, or a field is unannotated. Special category
     * fields without a covering Article 9 condition are stored flagged never to be released.
     */
    public DeclaredDataset declareDataset(Connection c, String actor, DatasetDeclaration d) throws SQLException {
        Refusals refusals = new Refusals("Dataset '" + d.fileName() + "'");
        refusals.requireText(d.kind(), "the dataset kind");
        refusals.requireText(d.fileName(), "the file name");
        if (d.fileSha256() == null || !d.fileSha256().matches("[0-9a-f]{64}")) {
            refusals.missing("the file's SHA-256 (64 lower-case hex digits) is missing.");
        }
        Long sourceId = d.sourceCode() == null ? null : SourceRecords.id(c, "source", d.sourceCode()).orElse(null);
        DatasetAnnotation.Footing footing = sourceId == null ? null : DatasetAnnotation.footing(c, sourceId);
        if (sourceId == null) {
            refusals.missing("source '" + d.sourceCode() + "' is not declared; declare it with its supplier and legal footing first.");
        } else if (footing == null) {
            refusals.missing("source '" + d.sourceCode() + "' has no provenance (supplier, collection method, retention); nothing is stored without it.");
        }
        List<DeclaredField> fields = footing == null ? List.of() : DatasetAnnotation.annotate(taxonomy, footing, d.fields(), refusals);
        refusals.throwIfAny();
        long datasetId = DatasetAnnotation.insertDataset(c, sourceId, d, actor);
        DatasetAnnotation.store(c, datasetId, fields);
        ledger.record(c, actor, "dataset.declare", "dataset:" + datasetId, Map.of("source", d.sourceCode(),
                "fields", fields.stream().map(DeclaredField::field).toList(),
                "never_released", fields.stream().filter(f -> !f.releasable()).map(DeclaredField::field).toList()));
        return new DeclaredDataset(datasetId, sourceId, fields);
    }

    /**
     * Annotates the fields of a dataset row that ingest created itself (e.g. with its own
     * idempotency checks), inside ingest's transaction. Refused, with every reason, as
     * {@link #declareDataset} is; a dataset is annotated once.
     */
    public DeclaredDataset annotateDataset(Connection c, String actor, long datasetId, List<FieldDeclaration> fields) throws SQLException {
        Refusals refusals = new Refusals("Dataset " + datasetId);
        Long sourceId = DatasetAnnotation.sourceOf(c, datasetId);
        DatasetAnnotation.Footing footing = sourceId == null ? null : DatasetAnnotation.footing(c, sourceId);
        if (sourceId == null) {
            refusals.missing("there is no dataset " + datasetId + ".");
        } else if (footing == null) {
            refusals.missing("its source has no provenance (supplier, collection method, retention); nothing is stored without it.");
        } else if (!DatasetAnnotation.fields(c, datasetId).isEmpty()) {
            refusals.missing("its fields are already annotated.");
        }
        List<DeclaredField> declared = footing == null ? List.of() : DatasetAnnotation.annotate(taxonomy, footing, fields, refusals);
        refusals.throwIfAny();
        DatasetAnnotation.store(c, datasetId, declared);
        ledger.record(c, actor, "dataset.annotate", "dataset:" + datasetId, Map.of(
                "fields", declared.stream().map(DeclaredField::field).toList(),
                "never_released", declared.stream().filter(f -> !f.releasable()).map(DeclaredField::field).toList()));
        return new DeclaredDataset(datasetId, sourceId, declared);
    }

    /** The annotated fields of a dataset. */
    public List<DeclaredField> fields(long datasetId) {
        return store.read(c -> DatasetAnnotation.fields(c, datasetId));
    }

    /** Opens a load of attribute values into a declared dataset; values for undeclared fields are refused. */
    public AttributeLoad attributes(Connection c, long datasetId) throws SQLException {
        return AttributeLoad.open(store, c, datasetId, DatasetAnnotation.fields(c, datasetId));
    }

    public List<SourceView> list() {
        return store.read(c -> SourceRecords.views(c, null));
    }

    public SourceView source(String code) {
        return store.read(c -> SourceRecords.views(c, code)).stream().findFirst().orElseThrow(() -> unknown("source", code));
    }

    /** One source in full: footing, supplier and evidence, every wording version, and its latest {@code datasets} deliveries. */
    public SourceDetail detail(String code, int datasets) {
        return store.read(c -> {
            SourceView v = SourceRecords.views(c, code).stream().findFirst().orElseThrow(() -> unknown("source", code));
            SupplierView supplier = v.supplierCode() == null ? null : SourceDetails.suppliers(c, v.supplierCode()).stream().findFirst().orElse(null);
            return new SourceDetail(v, SourceDetails.retentionMonths(c, v.id()).orElse(null), supplier, SourceDetails.wordings(c, v.id()),
                    v.statute() == null ? List.of() : SourceDetails.statutoryFields(taxonomy, v.statute()), SourceDetails.datasetCount(c, v.id()),
                    SourceDetails.datasets(c, v.id(), Math.max(0, datasets)));
        });
    }

    /** Every version of a source's wording, newest first. */
    public List<WordingVersion> wordings(String code) {
        return store.read(c -> SourceDetails.wordings(c, SourceRecords.id(c, "source", code).orElseThrow(() -> unknown("source", code))));
    }

    public List<SupplierView> suppliers() {
        return store.read(c -> SourceDetails.suppliers(c, null));
    }

    public SupplierView supplier(String code) {
        return store.read(c -> SourceDetails.suppliers(c, code)).stream().findFirst().orElseThrow(() -> unknown("supplier", code));
    }

    static HustingsException unknown(String what, String code) {
        return new HustingsException(ErrorCode.NOT_FOUND, "There is no " + what + " '" + code + "'.");
    }
}
