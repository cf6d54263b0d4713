package org.hustings.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.hustings.link.Field;
import org.hustings.link.store.LinkStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hustings link review list|accept|reject}: the clerical review queue. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "The review queue: pairs in the uncertain band, shown side by side with the evidence per field.",
        subcommands = {LinkReviewCommand.ListQueue.class, LinkReviewCommand.Accept.class, LinkReviewCommand.Reject.class})
final class LinkReviewCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Show the pairs waiting for a decision.")
    static final class ListQueue implements Runnable {
        @Option(names = "--run", description = "Only this run.")
        Long run;

        @Option(names = "--limit", defaultValue = "20", description = "Show at most this many (default ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        StoreOption store;

        @Override
        public void run() {
            try (var s = store.open()) {
                List<LinkStore.ReviewItem> queue = new LinkStore(s).reviewQueue(run);
                System.out.printf("%,d pairs wait for review.%n", queue.size());
                for (LinkStore.ReviewItem item : queue.subList(0, Math.min(limit, queue.size()))) {
                    print(item);
                }
            }
        }
    }

    /** Accepting and rejecting differ only in the decision: one body, kept and reused by the link store. */
    abstract static class Decide implements Runnable {
        @Parameters(paramLabel = "LINK", description = "The link id shown by 'review list'.")
        long link;

        @Option(names = "--by", defaultValue = "${sys:user.name}", description = "Who decides (default: the system user).")
        String by;

        @Mixin
        StoreOption store;

        abstract boolean accept();

        @Override
        public void run() {
            try (var s = store.open()) {
                LinkStore.Decided d = new LinkStore(s).decide(link, accept(), by);
                System.out.println((accept() ? "Accepted" : "Rejected") + " link " + link
                        + ". The decision is kept and reused if the same pair comes up again.");
                if (d.pendingRow()) {
                    System.out.println(accept()
                            ? String.format("%,d values from line %d of dataset %d attached to person %d (as a confirmed link, probability 1.0; "
                                    + "the model said %.4f).", d.valuesAttached(), d.line(), d.datasetId(), d.personId(), d.modelProbability())
                            : String.format("Line %d of dataset %d still waits for a match.", d.line(), d.datasetId()));
                }
                if (d.superseded() > 0) {
                    System.out.printf("%,d other pairs for this row are closed (superseded), so they leave the queue.%n", d.superseded());
                }
            }
        }
    }

    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Accept a pair: the list row is this person. A row of a loaded dataset has its values attached to the person at once.")
    static final class Accept extends Decide {
        @Override
        boolean accept() {
            return true;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a pair: the list row is not this person.")
    static final class Reject extends Decide {
        @Override
        boolean accept() {
            return false;
        }
    }

    static void print(LinkStore.ReviewItem item) {
        System.out.printf("%nLink %d (run %d): list row %s ~ elector %d (person %d): probability %.4f, weight %.2f bits%n",
                item.linkId(), item.runId(), item.rowKey(), item.electorId(), item.personId(), item.probability(), item.weight());
        try {
            JsonNode e = JSON.readTree(item.explanation());
            System.out.printf("  %-14s %-28s %-28s%n", "", "list", "register");
            for (Field f : Field.REGISTER) {
                System.out.printf("  %-14s %-28s %-28s%n", f.name(), e.path("list").path(f.name()).asText(""),
                        e.path("register").path(f.name()).asText(""));
            }
            System.out.printf("  evidence: prior %+.2f", e.path("prior").asDouble());
            for (JsonNode p : e.path("parts")) {
                System.out.printf("; %s %s %+.2f", p.path("field").asText(), p.path("level").asText(), p.path("weight").asDouble());
            }
            System.out.println();
        } catch (java.io.IOException ex) {
            System.out.println("  (the stored explanation could not be read: " + ex.getMessage() + ")");
        }
    }
}
