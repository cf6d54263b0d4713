package org.hustings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hustings link …}: probabilistic record linkage. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Probabilistic record linkage (Fellegi-Sunter): evaluate, run, review.",
        subcommands = {LinkEvaluateCommand.class, LinkRunCommand.class, LinkReviewCommand.class, LinkCorruptCommand.class})
final class LinkCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
