package org.hustings.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.StoreLocation;
import org.postgresql.PGConnection;

/**
 * The second yardstick: the engine's own bulk load of the rows Hustings produced, into the
 * {@code elector} table of a freshly migrated store (its 33 typed columns, primary key and
 * {@code elector_person} index), in one transaction. This is the floor for any importer that
 * keeps that table; the raw load of the register file (text columns, no keys) is the ceiling.
 */
final class ElectorTableLoad {
    private ElectorTableLoad() {
    }

    /** Exports {@code elector} from the store Hustings loaded, then times loading it into a fresh store of the same kind. */
    static RawLoad.Timing measure(StoreLocation loaded, StoreLocation fresh, Path work) {
        Path csv = work.resolve("elector-" + System.nanoTime() + ".csv");
        try {
            try (Store from = Store.open(loaded)) {
                from.read(c -> {
                    String select = "SELECT * FROM elector ORDER BY id";
                    if (from.kind() == StoreKind.DUCKDB) {
                        try (Statement s = c.createStatement()) {
                            s.execute("COPY (" + select + ") TO '" + quoted(csv) + "' (FORMAT csv, HEADER false)");
                        }
                    } else {
                        try (OutputStream out = Files.newOutputStream(csv)) {
                            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT (FORMAT csv)", out);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    return null;
                });
            }
            try (Store to = Store.open(fresh)) {
                return to.write(c -> {
                    long start = System.nanoTime();
                    long rows;
                    if (to.kind() == StoreKind.DUCKDB) {
                        try (Statement s = c.createStatement()) {
                            s.execute("SET preserve_insertion_order = false");
                            rows = s.executeUpdate("COPY elector FROM '" + quoted(csv) + "' (FORMAT csv, HEADER false)");
                            s.execute("SET preserve_insertion_order = true");
                        }
                    } else {
                        try (InputStream in = Files.newInputStream(csv)) {
                            rows = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY elector FROM STDIN (FORMAT csv)", in, 1 << 16);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    c.commit();
                    return new RawLoad.Timing(rows, System.nanoTime() - start);
                });
            }
        } catch (java.io.UncheckedIOException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not move the elector rows through " + csv + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(csv);
            } catch (IOException ignored) {
                // a file in the bench's work folder
            }
        }
    }

    private static String quoted(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
