package org.hustings.cli;

import java.sql.ResultSet;
import java.sql.Statement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code hustings status}: which store, and what it holds. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show which store is in use and how much it holds.")
final class StatusCommand implements Runnable {
    @Mixin
    StoreOption store;

    @Override
    public void run() {
        try (var s = store.open()) {
            System.out.println("Store: " + s.location().describe());
            s.read(c -> {
                try (Statement st = c.createStatement();
                     ResultSet r = st.executeQuery("SELECT (SELECT count(*) FROM register_edition), (SELECT count(*) FROM person), "
                             + "(SELECT count(*) FROM elector WHERE deleted_dataset_id IS NULL), (SELECT count(*) FROM dataset)")) {
                    r.next();
                    System.out.printf("Register editions: %,d%nPeople: %,d%nCurrent register entries: %,d%nDatasets loaded or refused: %,d%n",
                            r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
                }
                return null;
            });
        }
    }
}
