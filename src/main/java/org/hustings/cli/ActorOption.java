package org.hustings.cli;

import picocli.CommandLine.Option;

/** The {@code --actor} option: who is doing this, as the ledger records it (a staff id, no spaces). */
public final class ActorOption {
    @Option(names = "--actor", paramLabel = "ID", description = "Who is doing this, for the ledger (default: the login name).")
    String actor;

    public String actor() {
        return actor != null ? actor : System.getProperty("user.name", "cli").replaceAll("[^A-Za-z0-9_.:-]", "_");
    }
}
