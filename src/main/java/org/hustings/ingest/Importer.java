package org.hustings.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.provenance.Sources;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;
import org.hustings.store.BulkLoad;
import org.hustings.store.Store;

/**
 * Loads register files into the store: a full register (a new edition, with rollover), a monthly
 * notice of alteration, a marked register, an absent-voter list.
 *
 * <p>Every load is one transaction: the file loads entirely or not at all, and a process killed
 * half-way leaves the store as it was. A file whose exact contents were loaded before is not
 * loaded again. Bad rows are quarantined with file, line, field and reason; more rejections than
 * the threshold, or no good rows, refuse the whole file — the refusal and its problems are
 * recorded, nothing else is. Each load and each refusal is one ledger entry (counts and hashes only).
 */
public final class Importer {
    private final Store store;
    private final Ledger ledger;
    private final Sources sources;
    private final java.util.List<AfterLoad> afterLoads;

    public Importer(Store store) {
        this.store = store;
        this.ledger = new Ledger(store);
        this.sources = new Sources(store);
        this.afterLoads = AfterLoad.all();
    }

    /** Who is loading what, for which authority; the threshold over which the file is refused. */
    public record Request(String laCode, String laName, String actor, RejectionThreshold threshold, Consumer<Long> progress) {
        public Request {
            if (laCode == null || laCode.isBlank()) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "Say which local authority the file is from (its code, e.g. E07000223).");
            }
            laCode = laCode.trim().toUpperCase(java.util.Locale.ROOT);
            actor = actor == null || actor.isBlank() ? System.getProperty("user.name", "unknown") : actor.trim();
            if (!actor.matches("[A-Za-z0-9._:-]{1,100}")) {
                throw new HustingsException(ErrorCode.BAD_REQUEST,
                        "The user name '" + actor + "' is not a valid login name (letters, digits, dot, dash, underscore).");
            }
            threshold = threshold == null ? RejectionThreshold.DEFAULT : threshold;
            progress = progress == null ? n -> { } : progress;
        }
    }

    public ImportOutcome register(SourceFile file, RecordReader<RegisterEntry> reader, Request req, LocalDate publishedOn) {
        if (publishedOn == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Say when this edition of the register was published (e.g. 2026-12-01).");
        }
        return load(file, "register", reader, req, () -> new RegisterLoader(store, req.laCode(), publishedOn));
    }

    public ImportOutcome notice(SourceFile file, RecordReader<Alteration> reader, Request req) {
        return load(file, "notice", reader, req, () -> new NoticeLoader(store, req.laCode(), file.name()));
    }

    public ImportOutcome markedRegister(SourceFile file, RecordReader<ElectionMark> reader, Request req, String election, LocalDate heldOn) {
        return load(file, "marked_register", reader, req, () -> new ParticipationLoader<>(store,
                ParticipationLoader.Kind.MARKS, req.laCode(), election, heldOn, file.name()));
    }

    public ImportOutcome absentVoters(SourceFile file, RecordReader<AbsentVoter> reader, Request req, String election, LocalDate heldOn) {
        return load(file, "absent_voters", reader, req, () -> new ParticipationLoader<>(store,
                ParticipationLoader.Kind.ABSENT_VOTERS, req.laCode(), election, heldOn, file.name()));
    }

    private <T> ImportOutcome load(SourceFile file, String kind, RecordReader<T> reader, Request req,
                                   java.util.function.Supplier<KindLoader<T>> loaders) {
        var before = store.read(c -> Datasets.loadedBefore(c, file.sha256(), kind));
        if (before.isPresent()) {
            return new ImportOutcome.AlreadyLoaded(before.get(), file.name());
        }
        try {
            return store.write(c -> {
                ProblemSpool spool = new ProblemSpool();
                boolean handedOver = false;
                try {
                    long sourceId = source(c, req, kind);
                    long datasetId = Datasets.open(c, sourceId, kind, file, req.laCode(), req.actor(), "loaded");
                    KindLoader<T> loader = loaders.get();
                    loader.begin(c, datasetId);
                    long[] seen = {0};
                    ReadSummary summary = ReadAhead.read(reader, file, record -> {
                        loader.accept(record);
                        if ((++seen[0] & 0x3FFF) == 0) {
                            req.progress().accept(seen[0]);
                        }
                    }, spool);
                    req.progress().accept(seen[0]);
                    KindLoader.Result result = loader.end(c, spool);
                    String refusal = refusal(summary, result, spool, req.threshold());
                    if (refusal != null) {
                        handedOver = true;
                        throw new Refusal(refusal, summary, spool);
                    }
                    try (BulkLoad problems = store.bulkLoad(c, "problem", ProblemSpool.columns())) {
                        spool.replay(problems, datasetId);
                    }
                    Datasets.close(c, datasetId, summary, result.loaded(), spool.rejected(), spool.warnings(),
                            result.editionId(), result.electionId(), null);
                    for (AfterLoad hook : afterLoads) {
                        hook.afterLoad(store, c, req.actor(), datasetId, kind);
                    }
                    ledger.append(c, new LedgerEntry(req.actor(), "import." + kind, "dataset:" + datasetId,
                            details(file, summary, result.loaded(), spool, result)));
                    return new ImportOutcome.Loaded(datasetId, file.name(), summary.layout(), summary.rows(), result.loaded(),
                            spool.rejected(), spool.warnings(), result.rollover(), spool.first());
                } finally {
                    if (!handedOver) {
                        spool.close();
                    }
                }
            });
        } catch (Refusal r) {
            return recordRefusal(file, kind, req, r);
        }
    }

    /** What the ledger keeps of a load: hashes, counts and ids only, never a value from the file. */
    private static Map<String, Object> details(SourceFile file, ReadSummary summary, long loaded, ProblemSpool spool, KindLoader.Result result) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("file_sha256", file.sha256());
        d.put("layout", summary.layout());
        d.put("rows_read", summary.rows());
        d.put("rows_loaded", loaded);
        d.put("rows_rejected", spool.rejected());
        d.put("rows_warned", spool.warnings());
        if (result != null && result.editionId() != null) {
            d.put("edition_id", result.editionId());
        }
        if (result != null && result.electionId() != null) {
            d.put("election_id", result.electionId());
        }
        if (result != null && result.rollover() != null) {
            d.put("carried", result.rollover().carried());
            d.put("new_people", result.rollover().newPeople());
            d.put("not_carried", result.rollover().notCarried());
        }
        return d;
    }

    private static String refusal(ReadSummary summary, KindLoader.Result result, ProblemSpool spool, RejectionThreshold threshold) {
        if (summary.rows() == 0 && spool.rejected() > 0) {
            return "the file could not be read as any known layout";
        }
        if (result.loaded() == 0 && summary.rows() > 0) {
            return "no row could be loaded";
        }
        if (summary.rows() == 0) {
            return "the file has no rows";
        }
        if (threshold.exceededBy(spool.rejected(), summary.rows())) {
            return String.format("%,d of %,d rows were rejected, more than the threshold of %s", spool.rejected(), summary.rows(),
                    threshold.describe());
        }
        return null;
    }

    private ImportOutcome recordRefusal(SourceFile file, String kind, Request req, Refusal r) {
        try (ProblemSpool spool = r.spool) {
            long id = store.write(c -> {
                long sourceId = source(c, req, kind);
                long datasetId = Datasets.open(c, sourceId, kind, file, req.laCode(), req.actor(), "refused");
                try (BulkLoad problems = store.bulkLoad(c, "problem", ProblemSpool.columns())) {
                    spool.replay(problems, datasetId);
                }
                Datasets.close(c, datasetId, r.summary, 0, spool.rejected(), spool.warnings(), null, null, "Refused: " + r.getMessage());
                ledger.append(c, new LedgerEntry(req.actor(), "import.refused", "dataset:" + datasetId,
                        details(file, r.summary, 0, spool, null)));
                return datasetId;
            });
            return new ImportOutcome.Refused(id, file.name(), r.getMessage(), r.summary.rows(), spool.rejected(), spool.first());
        }
    }

    /**
     * The statutory source behind a file, recorded with its legal footing before any row is stored
     * (Representation of the People Regulations 2001: regs 103-105 and 114-115 for the register and
     * its notices, reg 117 for marked registers and absent-voter lists).
     */
    private long source(Connection c, Request req, String kind) throws SQLException {
        String name = req.laName() != null ? req.laName()
                : Sql.firstString(c, "SELECT name FROM local_authority WHERE code = ?", req.laCode()).orElse(req.laCode());
        return switch (kind) {
            case "register", "notice" -> sources.ensureRegisterSource(c, req.laCode(), name);
            case "marked_register" -> sources.ensureMarkedRegisterSource(c, req.laCode(), name);
            case "absent_voters" -> sources.ensureAbsentVotersSource(c, req.laCode(), name);
            default -> throw new IllegalArgumentException("no statutory source for " + kind);
        };
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
