package org.hustings.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.SourceView;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hustings source …}: sources and suppliers with their provenance. */
@Command(name = "source", mixinStandardHelpOptions = true,
        description = "Sources and suppliers: where data comes from and on what legal footing it may be used.",
        subcommands = {SourceCommand.List.class, SourceCommand.Show.class, SourceCommand.AddSupplier.class, SourceCommand.DueDiligenceCheck.class,
            SourceCommand.Declare.class, SourceCommand.Permit.class, SourceCommand.Withdraw.class})
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

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one source's provenance in full.")
    static final class Show implements Runnable {
        @Mixin StoreOption store;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "SOURCE") String code;

        public void run() {
            try (var s = store.open()) {
                SourceView v = new Sources(s).source(code);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%s — %s (%s)%nSupplier: %s (%s), due diligence: %s%n", v.code(), v.name(), v.kind().code(), v.supplier(),
                        v.supplierRole() == null ? "-" : v.supplierRole().code(), v.dueDiligence() == null ? "-" : v.dueDiligence().code());
                out.printf("Collected: %s%nArticle 6: %s; Article 9: %s%nLaw: %s%nRetention: %s%nPurposes: %s%nLatest wording: %s%n",
                        v.collectionMethod(), v.article6(), v.article9() == null ? "none" : v.article9(), v.legalReference(), v.retention(),
                        v.purposes(), v.latestWording() == null ? "none" : "version " + v.latestWording());
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
        @Option(names = "--evidence") String evidence;

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

    @Command(name = "permit", mixinStandardHelpOptions = true, description = "Let a source's data be used for an activity.")
    static final class Permit implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SOURCE") String source;
        @Parameters(index = "1", paramLabel = "ACTIVITY") String purpose;

        public void run() {
            try (var s = store.open()) {
                new Sources(s).permitPurpose(actor.actor(), source, purpose);
                spec.commandLine().getOut().println(source + " now permits " + purpose + " (the gate still applies every other rule).");
            }
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Stop a source's data being used for an activity, at once.")
    static final class Withdraw implements Runnable {
        @Mixin StoreOption store;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "SOURCE") String source;
        @Parameters(index = "1", paramLabel = "ACTIVITY") String purpose;

        public void run() {
            try (var s = store.open()) {
                new Sources(s).withdrawPurpose(actor.actor(), source, purpose);
                spec.commandLine().getOut().println(source + " no longer permits " + purpose + ".");
            }
        }
    }
}
