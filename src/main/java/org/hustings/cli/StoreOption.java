package org.hustings.cli;

import org.hustings.store.Store;
import org.hustings.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that touches the store. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "LOCATION",
            description = "Where the store is: a file path for the embedded store (default hustings-data/hustings.duckdb, "
                    + "or $HUSTINGS_DB), or a postgresql://user@host:port/db URL.")
    String location;

    @Option(names = "--secret-file", paramLabel = "FILE",
            description = "The suppression list's secret file (owner-only; made on first erasure). Default: next to the embedded store's "
                    + "file, or ~/.config/hustings/ for PostgreSQL; or $HUSTINGS_SECRET_FILE.")
    void secretFile(java.nio.file.Path file) {
        System.setProperty(org.hustings.rights.SecretFile.PROPERTY, file.toAbsolutePath().toString());
    }

    public StoreLocation location() {
        return location == null ? StoreLocation.fromEnvironment() : StoreLocation.parse(location);
    }

    public Store open() {
        return Store.open(location());
    }
}
