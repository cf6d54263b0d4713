package org.hustings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.provenance.DatasetView;
import org.hustings.provenance.DeclaredField;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceDeclarationFile;
import org.hustings.provenance.SourceDetail;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.SourceView;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.SupplierView;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.provenance.WordingVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hustings source …}: sources, suppliers and datasets with their provenance; declaring a
 * source (by options or from a declaration file), due diligence, wording versions, permitted
 * purposes and retention. Every change lands in the ledger.
 */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Sources and suppliers: where data comes from and on what legal footing it may be used.",
        subcommands = {SourceCommand.List.class, SourceCommand.Show.class, SourceCommand.Suppliers.class, SourceCommand.AddSupplier.class,
            SourceCommand.DueDiligenceCheck.class, SourceCommand.Declare.class, SourceCommand.DeclareFile.class, SourceCommand.AddWording.class,
            SourceCommand.Permit.class, SourceCommand.Withdraw.class, SourceCommand.SetPurposes.class, SourceCommand.Retention.class})
final class SourceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every source with its basis, supplier and due diligence.")
    static final class List implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;

        public void run() {
            try (var s = store.open()) {
                PrintWriter out = spec.commandLine().getOut();
                for (SourceView v : new Sources(s).list()) {
                    out.printf("%-28s %-18s %-20s %-22s %-12s %s%n", v.code(), v.kind().code(), v.article6(),
                            v.article9() == null ? "-" : v.article9(), v.dueDiligence() == null ? "-" : v.dueDiligence().code(),
                            v.provenance() ? v.purposes() : "NO PROVENANCE — nothing is used from it");
                }
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one source's provenance in full: supplier and due diligence, wordings, and its latest datasets with their fields.")
    static final class Show implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "SOURCE") String code;
        @Option(names = "--datasets", defaultValue = "10", paramLabel = "N", description = "Show the latest N datasets (default 10).") int datasets;

        public void run() {
            try (var s = store.open()) {
                SourceDetail d = new Sources(s).detail(code, datasets);
                SourceView v = d.source();
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s — %s (%s)%nSupplier: %s (%s), due diligence: %s%n", v.code(), v.name(), v.kind().code(), v.supplier(),
                        v.supplierRole() == null ? "-" : v.supplierRole().code(), v.dueDiligence() == null ? "-" : v.dueDiligence().code());
                if (d.supplier() != null && d.supplier().evidence() != null) {
                    out.printf("  evidence: %s%s%n", d.supplier().evidence(), d.supplier().checkedAt() == null ? ""
                            : " (checked " + d.supplier().checkedAt() + (d.supplier().checkedBy() == null ? "" : " by " + d.supplier().checkedBy()) + ")");
                }
                out.printf("Collected: %s%nArticle 6: %s; Article 9: %s%nLaw: %s%nRetention: %s%s%nPurposes: %s%n",
                        v.collectionMethod(), v.article6(), v.article9() == null ? "none" : v.article9(), v.legalReference(), v.retention(),
                        d.retentionMonths() == null ? "" : " (" + d.retentionMonths() + " months)", v.purposes());
                for (WordingVersion w : d.wordings()) {
                    out.printf("Wording v%d (%s, from %s, recorded by %s): %s%n", w.version(), w.kind().code(), w.effectiveFrom(), w.recordedBy(), w.text());
                }
                if (!d.statutoryFields().isEmpty()) {
                    out.println("Fields, as the statute annotates them:");
                    d.statutoryFields().forEach(f -> field(out, f));
                }
                out.printf("Datasets: %d%s%n", d.datasetCount(), d.datasetCount() > d.datasets().size() ? " (latest " + d.datasets().size() + " shown)" : "");
                for (DatasetView ds : d.datasets()) {
                    out.printf("  #%d %s %s (%s) loaded %s by %s: %s, %,d rows read, %,d loaded, %,d rejected%n", ds.id(), ds.kind(), ds.fileName(),
                            ds.layout() == null ? "-" : ds.layout(), ds.loadedAt(), ds.loadedBy(), ds.status(), ds.rowsRead(), ds.rowsLoaded(),
                            ds.rowsRejected());
                    ds.fields().forEach(f -> field(out, f));
                }
            }
        }

        private static void field(PrintWriter out, DeclaredField f) {
            out.printf("    %-24s %-32s %-9s %-11s %s%n", f.field(), f.category(), f.special() ? "special" : "-", f.nature().code(),
                    f.releasable() ? "" : f.releaseBlock());
        }
    }

    @Command(name = "suppliers", mixinStandardHelpOptions = true, description = "List every supplier with its role and due diligence.")
    static final class Suppliers implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;

        public void run() {
            try (var s = store.open()) {
                PrintWriter out = spec.commandLine().getOut();
                for (SupplierView v : new Sources(s).suppliers()) {
                    out.printf("%-24s %-12s %-12s %s%s%n", v.code(), v.role().code(), v.dueDiligence().code(), v.organisation(),
                            v.evidence() == null ? "" : " — " + v.evidence());
                }
            }
        }
    }

    @Command(name = "add-supplier", mixinStandardHelpOptions = true, description = "Register a supplier and the due diligence done on it.")
    static final class AddSupplier implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "CODE") String code;
        @Option(names = "--organisation", required = true) String organisation;
        @Option(names = "--role", required = true, description = "controller, processor, broker or public_body") String role;
        @Option(names = "--due-diligence", defaultValue = "not_started", description = "not_started, in_progress, passed or failed") String dd;
        @Option(names = "--evidence", description = "What was checked (required when passed).") String evidence;

        public void run() {
            try (var s = store.open()) {
                DueDiligence status = DueDiligence.of(dd);
                new Sources(s).declareSupplier(actor.actor(), new SupplierDeclaration(code, organisation, SupplierRole.of(role), status, evidence,
                        status == DueDiligence.NOT_STARTED ? null : Instant.now()));
                spec.commandLine().getOut().println("Supplier " + code + " registered.");
            }
        }
    }

    @Command(name = "due-diligence", mixinStandardHelpOptions = true, description = "Record a due-diligence check on a supplier.")
    static final class DueDiligenceCheck implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "SUPPLIER") String supplier;
        @Option(names = "--status", required = true, description = "in_progress, passed or failed") String status;
        @Option(names = "--evidence", description = "What was checked and what was found (required).") String evidence;

        public void run() {
            try (var s = store.open()) {
                new Sources(s).recordDueDiligence(actor.actor(), supplier, DueDiligence.of(status), evidence);
                spec.commandLine().getOut().println("Due diligence on " + supplier + ": " + status + ".");
            }
        }
    }

    @Command(name = "declare", mixinStandardHelpOptions = true,
            description = "Declare a non-statutory source with its full footing; refused with every reason when anything is missing or unlawful.")
    static final class Declare implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "CODE") String code;
        @Option(names = "--kind", required = true, description = "direct, membership, public_open, commercial or derived") String kind;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--supplier", required = true) String supplier;
        @Option(names = "--method", required = true, description = "How the data was collected.") String method;
        @Option(names = "--basis", required = true, description = "Article 6 basis, e.g. consent, legitimate_interests.") String basis;
        @Option(names = "--condition", description = "Article 9 condition, e.g. political_party, explicit_consent.") String condition;
        @Option(names = "--reference", required = true, description = "The law or agreement relied on.") String reference;
        @Option(names = "--purpose", required = true, description = "A permitted activity; repeatable.") java.util.List<String> purposes = new ArrayList<>();
        @Option(names = "--retention", required = true) String retention;
        @Option(names = "--retention-months") Integer months;
        @Option(names = "--notice", description = "The privacy notice shown at collection.") String notice;
        @Option(names = "--consent-wording", description = "The consent wording shown at collection.") String consentWording;

        public void run() {
            Wording wording = consentWording != null ? new Wording(WordingKind.CONSENT, consentWording, Instant.now())
                    : notice != null ? new Wording(WordingKind.NOTICE, notice, Instant.now()) : null;
            try (var s = store.open()) {
                new Sources(s).declareSource(actor.actor(), new SourceDeclaration(code, SourceKind.of(kind), name, supplier, method, basis,
                        condition, reference, purposes, retention, months, wording));
                spec.commandLine().getOut().println("Source " + code + " declared.");
            }
        }
    }

    @Command(name = "declare-file", mixinStandardHelpOptions = true,
            description = {"Declare a source from a declaration file (JSON): the source alone, or {\"supplier\": {…}, \"source\": {…}} to "
                    + "register its supplier too. The same declaration the web page and POST /api/sources take."})
    static final class DeclareFile implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE") Path file;

        public void run() {
            String json;
            try {
                json = Files.readString(file);
            } catch (IOException e) {
                throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read " + file + ": " + e.getMessage(), e);
            }
            SourceDeclarationFile.Declaration d = SourceDeclarationFile.parse(json, file.toString());
            try (var s = store.open()) {
                new Sources(s).declare(actor.actor(), d);
                spec.commandLine().getOut().println("Source " + d.source().code() + " declared.");
            }
        }
    }

    @Command(name = "wording", mixinStandardHelpOptions = true,
            description = "Add a new version of a source's privacy notice or consent wording; earlier versions are kept.")
    static final class AddWording implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "SOURCE") String source;
        @Option(names = "--kind", required = true, description = "notice (UK GDPR Art 13) or consent (Art 7(1))") String kind;
        @Option(names = "--text", required = true, description = "The exact text shown.") String text;
        @Option(names = "--effective-from", paramLabel = "INSTANT", description = "When it was first shown (ISO instant; default now).") Instant from;

        public void run() {
            try (var s = store.open()) {
                int v = new Sources(s).addWording(actor.actor(), source, new Wording(WordingKind.of(kind), text, from == null ? Instant.now() : from));
                spec.commandLine().getOut().println(source + ": " + kind + " wording version " + v + " recorded.");
            }
        }
    }

    /** Permit and withdraw differ only in the direction of the change: one body, UK GDPR Art 5(1)(b). */
    abstract static class PurposeChange implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SOURCE") String source;
        @Parameters(index = "1", paramLabel = "ACTIVITY") String purpose;

        abstract boolean permit();

        public void run() {
            try (var s = store.open()) {
                Sources sources = new Sources(s);
                if (permit()) {
                    sources.permitPurpose(actor.actor(), source, purpose);
                } else {
                    sources.withdrawPurpose(actor.actor(), source, purpose);
                }
                spec.commandLine().getOut().println(permit()
                        ? source + " now permits " + purpose + " (the gate still applies every other rule)."
                        : source + " no longer permits " + purpose + ".");
            }
        }
    }

    @Command(name = "permit", mixinStandardHelpOptions = true, description = "Let a source's data be used for an activity.")
    static final class Permit extends PurposeChange {
        boolean permit() {
            return true;
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Stop a source's data being used for an activity, at once.")
    static final class Withdraw extends PurposeChange {
        boolean permit() {
            return false;
        }
    }

    @Command(name = "purposes", mixinStandardHelpOptions = true,
            description = "Set the activities a source permits to exactly these (none: --none); those removed stop at once.")
    static final class SetPurposes implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SOURCE") String source;
        @Parameters(index = "1..*", paramLabel = "ACTIVITY") java.util.List<String> purposes = new ArrayList<>();
        @Option(names = "--none", description = "Permit nothing: no use may be made of the source's data.") boolean none;

        public void run() {
            if (purposes.isEmpty() && !none) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "Name the activities the source permits, or --none to permit nothing.");
            }
            try (var s = store.open()) {
                java.util.List<String> now = new Sources(s).setPurposes(actor.actor(), source, none ? java.util.List.of() : purposes);
                spec.commandLine().getOut().println(source + " permits " + (now.isEmpty() ? "nothing" : String.join(", ", now)) + ".");
            }
        }
    }

    @Command(name = "retention", mixinStandardHelpOptions = true, description = "Change how long a source's data is kept (UK GDPR Art 5(1)(e)).")
    static final class Retention implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "SOURCE") String source;
        @Option(names = "--retention", required = true, description = "The period, in words (e.g. \"Two years after the last contact\").") String retention;
        @Option(names = "--months", description = "The same in months, where it is a fixed period.") Integer months;

        public void run() {
            try (var s = store.open()) {
                new Sources(s).setRetention(actor.actor(), source, retention, months);
                spec.commandLine().getOut().println(source + ": retention now " + retention + (months == null ? "" : " (" + months + " months)") + ".");
            }
        }
    }
}
