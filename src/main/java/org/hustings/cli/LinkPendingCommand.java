package org.hustings.cli;

import org.hustings.link.Field;
import org.hustings.link.LinkSettings;
import org.hustings.link.Thresholds;
import org.hustings.link.store.PendingLinkage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hustings link pending DATASET}: link the rows no exact key attached to the register. */
@Command(name = "pending", mixinStandardHelpOptions = true,
        description = {"Link the rows of a loaded dataset that no exact key attached (see: hustings import pending) to the register. "
                + "Links above the link threshold attach the row's values to the person with their probability; the uncertain "
                + "band waits for review (hustings link review list).",
            "Example: hustings link pending 7"})
final class LinkPendingCommand implements Runnable {
    @Parameters(paramLabel = "DATASET", description = "The dataset number printed by hustings import data.")
    long dataset;

    @Option(names = "--by", defaultValue = "${sys:user.name}", description = "Who runs the linkage (default: the system user).")
    String by;

    @Option(names = "--link-threshold", defaultValue = "0.9", description = "Attach at or above this probability (default ${DEFAULT-VALUE}).")
    double linkThreshold;

    @Option(names = "--review-threshold", defaultValue = "0.5",
            description = "Queue for review from this probability up to the link threshold (default ${DEFAULT-VALUE}).")
    double reviewThreshold;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the random sampling (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    StoreOption store;

    @Override
    public void run() {
        try (var s = store.open()) {
            var result = PendingLinkage.link(s, dataset, LinkSettings.defaults(Field.REGISTER).withThresholds(new Thresholds(linkThreshold, reviewThreshold)).withSeed(seed), by);
            if (result.run() == null) {
                System.out.println("Dataset " + dataset + " has no rows waiting for the linker.");
                return;
            }
            System.out.printf("Link run %d over %,d waiting rows of dataset %d: %,d rows linked and their %,d values attached, "
                            + "%,d for review (%,d of them already waiting from an earlier run), %,d still waiting. Model SHA-256 %s.%n",
                    result.run().runId(), result.rowsLinked() + result.rowsWaiting(), dataset, result.rowsLinked(), result.valuesAttached(),
                    result.run().forReview() + result.run().alreadyQueued(), result.run().alreadyQueued(), result.rowsWaiting(),
                    result.run().modelSha256());
            if (result.pairsSuperseded() > 0) {
                System.out.printf("%,d review pairs of the rows now linked left the queue (superseded).%n", result.pairsSuperseded());
            }
        }
    }
}
