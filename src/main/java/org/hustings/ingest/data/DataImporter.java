package org.hustings.ingest.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.consent.Consents;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.ProblemSpool;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RejectionThreshold;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.AfterLoad;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.DeclaredDataset;
import org.hustings.provenance.DeclaredField;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Sources;
import org.hustings.purpose.Purposes;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * Loads non-register data — canvass returns, membership and supporter lists, web sign-ups, broker
 * files, area statistics — from CSV or XLSX as a {@link DataMapping} says.
 *
 * <p>Nothing is stored without provenance: the file's source must be declared with a lawful
 * footing (or the mapping declares it), and the dataset and each field are declared through
 * {@link Sources#declareDataset}, which refuses missing or unlawful provenance with its reasons and
 * flags special category fields without an Article 9 condition as never released (UK GDPR Art 9(1)).
 * The rules of the register import hold: bad rows are quarantined with file, line, field and
 * reason; the file loads in one transaction or not at all; more rejections than the threshold
 * refuse it whole; the same contents load once. Each load or refusal is one ledger entry.
 */
public final class DataImporter {
    private final Store store;
    private final Sources sources;
    private final Consents consents;
    private final Ledger ledger;
    private final java.util.List<AfterLoad> afterLoads;

    public DataImporter(Store store) {
        this(store, new Sources(store));
    }

    public DataImporter(Store store, Sources sources) {
        this.store = store;
        this.sources = sources;
        this.consents = new Consents(store);
        this.ledger = new Ledger(store);
        this.afterLoads = AfterLoad.all();
    }

    /**
     * Who is loading, and for which local authority (needed when rows carry elector numbers, which are
     * a key only within one authority's current edition; optional otherwise, narrowing name matching).
     */
    public record Request(String laCode, String actor, RejectionThreshold threshold) {
        public Request {
            laCode = laCode == null || laCode.isBlank() ? null : laCode.trim().toUpperCase(java.util.Locale.ROOT);
            actor = actor == null || actor.isBlank() ? System.getProperty("user.name", "unknown") : actor.trim();
            if (!actor.matches("[A-Za-z0-9._:-]{1,100}")) {
                throw new HustingsException(ErrorCode.BAD_REQUEST,
                        "The user name '" + actor + "' is not a valid login name (letters, digits, dot, dash, underscore).");
            }
            threshold = threshold == null ? RejectionThreshold.DEFAULT : threshold;
        }
    }

    public DataLoad load(SourceFile file, DataMapping mapping, Request req) {
        if (!mapping.consents().isEmpty()) {
            new Purposes(store).seedDefaults(Purposes.SYSTEM); // consents name activities: the defaults are there without a manual step
        }
        SourceDeclarations.ensure(store, sources, mapping, req.actor());
        Optional<Long> before = store.read(c -> Sql.firstLong(c, "SELECT id FROM dataset WHERE file_sha256 = ? AND kind = ? "
                + "AND status = 'loaded' ORDER BY id LIMIT 1", file.sha256(), kind(mapping)));
        if (before.isPresent()) {
            return new DataLoad(new ImportOutcome.AlreadyLoaded(before.get(), file.name()), null, 0);
        }
        Long edition = store.read(c -> preflight(c, mapping, req));
        try {
            return store.write(c -> {
                ProblemSpool spool = new ProblemSpool();
                boolean handedOver = false;
                try {
                    return loadIn(c, file, mapping, req, edition, spool);
                } catch (Refusal r) {
                    handedOver = true;
                    throw r;
                } finally {
                    if (!handedOver) {
                        spool.close();
                    }
                }
            });
        } catch (Refusal r) {
            return refused(file, mapping, req, r);
        }
    }

    private DataLoad loadIn(Connection c, SourceFile file, DataMapping mapping, Request req, Long edition, ProblemSpool spool)
            throws SQLException {
        DeclaredDataset d = sources.declareDataset(c, req.actor(), declaration(file, mapping));
        long id = d.datasetId();
        Sql.update(c, "UPDATE dataset SET encoding = ?, la_code = ?, edition_id = ? WHERE id = ?", file.charset().name(), req.laCode(), edition, id);
        ReadSummary summary;
        long loaded;
        Attachment attachment = null;
        long areaValues = 0;
        List<Long> people = List.of();
        if (mapping.level() == DataMapping.Level.AREA) {
            Set<String> declared = d.fields().stream().map(DeclaredField::field).collect(Collectors.toSet());
            AreaLoad.Result r = AreaLoad.load(store, c, id, declared, file, mapping, spool);
            summary = r.summary();
            areaValues = r.values();
            loaded = summary.accepted();
            refuseIfBad(summary, loaded, spool, req.threshold());
        } else {
            PersonLoad person = new PersonLoad(store, sources, c, id, req.laCode());
            summary = person.stage(file, mapping, spool);
            loaded = summary.accepted();
            refuseIfBad(summary, loaded, spool, req.threshold());
            Attachment a = person.attach(edition);
            person.values(file, mapping, consents, req.actor(), mapping.source());
            people = person.finishAttached();
            attachment = new Attachment(a.byElectorNumber(), a.byNameAddress(), a.pending(), a.ambiguous(), person.consentsRecorded());
        }
        try (BulkLoad problems = store.bulkLoad(c, "problem", ProblemSpool.columns())) {
            spool.replay(problems, id);
        }
        close(c, id, summary, loaded, spool, null);
        Map<String, Object> details = details(file, mapping, summary, loaded, spool);
        if (attachment != null) {
            details.put("attached_by_elector_number", attachment.byElectorNumber());
            details.put("attached_by_name_address", attachment.byNameAddress());
            details.put("pending", attachment.pending());
            details.put("consents_recorded", attachment.consents());
        }
        if (mapping.level() == DataMapping.Level.AREA) {
            details.put("area_values", areaValues);
        }
        for (AfterLoad hook : afterLoads) {
            hook.afterLoad(store, c, req.actor(), id, "data");
        }
        ledger.append(c, new LedgerEntry(req.actor(), "import.data", "dataset:" + id, details, people));
        return new DataLoad(new ImportOutcome.Loaded(id, file.name(), mapping.name(), summary.rows(), loaded, summary.rejected(),
                spool.warnings(), null, spool.first()), attachment, areaValues);
    }

    /** Checks that need the store but no transaction: the authority's current edition, the consent purposes. */
    private static Long preflight(Connection c, DataMapping mapping, Request req) throws SQLException {
        for (ConsentColumn cc : mapping.consents()) {
            if (Sql.firstLong(c, "SELECT 1 FROM processing_activity WHERE code = ?", cc.purpose()).isEmpty()) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "Mapping '" + mapping.name() + "': consent column '" + cc.column()
                        + "' names purpose '" + cc.purpose() + "', which is not in the register of processing activities (hustings purpose list).");
            }
        }
        if (mapping.identity().electorNumber() == null) {
            return req.laCode() == null ? null : Sql.firstLong(c, "SELECT id FROM register_edition WHERE la_code = ? AND status = 'current' "
                    + "ORDER BY published_on DESC LIMIT 1", req.laCode()).orElse(null);
        }
        if (req.laCode() == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Mapping '" + mapping.name() + "' reads elector numbers, which identify "
                    + "people only within one authority's register: say which authority (--authority CODE).");
        }
        return Sql.firstLong(c, "SELECT id FROM register_edition WHERE la_code = ? AND status = 'current' ORDER BY published_on DESC LIMIT 1",
                req.laCode()).orElseThrow(() -> new HustingsException(ErrorCode.CONFLICT, "There is no current register of "
                + req.laCode() + " to attach elector numbers to. Load the full register first (hustings import register)."));
    }

    static String kind(DataMapping m) {
        return "data." + m.kind();
    }

    private static DatasetDeclaration declaration(SourceFile file, DataMapping m) {
        return new DatasetDeclaration(m.source(), kind(m), m.name(), file.name(), file.sha256(),
                m.fields().stream().map(f -> new FieldDeclaration(f.field(), f.category(), f.nature())).toList());
    }

    private static void refuseIfBad(ReadSummary s, long loaded, ProblemSpool spool, RejectionThreshold threshold) {
        String reason = null;
        if (s.rows() == 0 && spool.rejected() > 0) {
            reason = "the file could not be read with this mapping";
        } else if (s.rows() == 0) {
            reason = "the file has no rows";
        } else if (loaded == 0) {
            reason = "no row could be loaded";
        } else if (threshold.exceededBy(s.rejected(), s.rows())) {
            reason = String.format("%,d of %,d rows were rejected, more than the threshold of %s", s.rejected(), s.rows(), threshold.describe());
        }
        if (reason != null) {
            throw new Refusal(reason, s, spool);
        }
    }

    private static Map<String, Object> details(SourceFile file, DataMapping m, ReadSummary s, long loaded, ProblemSpool spool) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("file_sha256", file.sha256());
        d.put("kind", kind(m));
        d.put("layout", m.name());
        d.put("source", m.source());
        d.put("rows_read", s.rows());
        d.put("rows_loaded", loaded);
        d.put("rows_rejected", s.rejected());
        d.put("problems", spool.rejected());
        d.put("rows_warned", spool.warnings());
        return d;
    }

    private static void close(Connection c, long id, ReadSummary s, long loaded, ProblemSpool spool, String message) throws SQLException {
        Sql.update(c, "UPDATE dataset SET rows_read = ?, rows_loaded = ?, rows_rejected = ?, rows_warned = ?, message = ? WHERE id = ?",
                s.rows(), loaded, s.rejected(), spool.warnings(), message, id);
    }

    /** Records a refused file: its dataset row (status refused), its quarantine and a ledger entry — nothing else. */
    private DataLoad refused(SourceFile file, DataMapping mapping, Request req, Refusal r) {
        try (ProblemSpool spool = r.spool) {
            long id = store.write(c -> {
                long sourceId = Sql.firstLong(c, "SELECT id FROM source WHERE code = ?", mapping.source()).orElseThrow();
                long ds = Sql.firstLong(c, "INSERT INTO dataset (source_id, kind, layout, file_name, file_sha256, encoding, status, la_code, "
                        + "loaded_by) VALUES (?, ?, ?, ?, ?, ?, 'refused', ?, ?) RETURNING id", sourceId, kind(mapping), mapping.name(),
                        file.name(), file.sha256(), file.charset().name(), req.laCode(), req.actor()).orElseThrow();
                try (BulkLoad problems = store.bulkLoad(c, "problem", ProblemSpool.columns())) {
                    spool.replay(problems, ds);
                }
                close(c, ds, r.summary, 0, spool, "Refused: " + r.getMessage());
                ledger.append(c, new LedgerEntry(req.actor(), "import.refused", "dataset:" + ds, details(file, mapping, r.summary, 0, spool)));
                return ds;
            });
            return new DataLoad(new ImportOutcome.Refused(id, file.name(), r.getMessage(), r.summary.rows(), r.summary.rejected(), spool.first()),
                    null, 0);
        }
    }

    /** Unwinds the load's transaction when a file is refused whole. */
    private static final class Refusal extends RuntimeException {
        private final transient ReadSummary summary;
        private final transient ProblemSpool spool;

        Refusal(String reason, ReadSummary summary, ProblemSpool spool) {
            super(reason, null, false, false);
            this.summary = summary;
            this.spool = spool;
        }
    }
}
