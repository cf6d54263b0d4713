package org.hustings.cli;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hustings problems [DATASET]}: the quarantine — rejected rows and warnings of a load. */
@Command(name = "problems", mixinStandardHelpOptions = true,
        description = "Show the quarantine of a load: each rejected row and warning with file, line, field and reason. "
                + "Without a dataset number, the latest load.")
final class ProblemsCommand implements Runnable {
    @Mixin
    StoreOption store;

    @Parameters(arity = "0..1", paramLabel = "DATASET", description = "The dataset number printed by the import.")
    Long dataset;

    @Option(names = "--limit", defaultValue = "200", description = "Show at most this many problems (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public void run() {
        try (var s = store.open()) {
            s.read(c -> {
                long id = dataset != null ? dataset : latest(c);
                try (PreparedStatement ps = c.prepareStatement("SELECT file_name, kind, status, rows_read, rows_loaded, rows_rejected, "
                        + "rows_warned, message FROM dataset WHERE id = ?")) {
                    ps.setLong(1, id);
                    try (ResultSet r = ps.executeQuery()) {
                        if (!r.next()) {
                            System.out.println("There is no dataset " + id + ".");
                            return null;
                        }
                        System.out.printf("Dataset %d: %s (%s), %s. %,d rows read, %,d loaded, %,d rejected, %,d warnings.%s%n", id,
                                r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7),
                                r.getString(8) == null ? "" : " " + r.getString(8));
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT severity, file_name, line_no, field, message, value FROM problem "
                        + "WHERE dataset_id = ? ORDER BY line_no, field LIMIT ?")) {
                    ps.setLong(1, id);
                    ps.setInt(2, limit);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            System.out.printf("  %-8s %s line %d%s: %s%s%n", r.getString(1), r.getString(2), r.getLong(3),
                                    r.getString(4) == null ? "" : ", field " + r.getString(4), r.getString(5),
                                    r.getString(6) == null ? "" : " (value \"" + r.getString(6) + "\")");
                        }
                    }
                }
                return null;
            });
        }
    }

    private static long latest(java.sql.Connection c) throws java.sql.SQLException {
        try (var st = c.createStatement(); ResultSet r = st.executeQuery("SELECT max(id) FROM dataset")) {
            r.next();
            return r.getLong(1);
        }
    }
}
