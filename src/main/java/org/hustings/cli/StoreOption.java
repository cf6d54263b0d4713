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

    public StoreLocation location() {
        return location == null ? StoreLocation.fromEnvironment() : StoreLocation.parse(location);
    }

    public Store open() {
        return Store.open(location());
    }
}
