package org.hustings.link.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hustings.store.Store;

/**
 * Puts one row of a loaded dataset in the linker's review band, as {@code hustings link pending}
 * would leave it: the row waits in {@code pending_row} with two unlinked values (an email and a
 * phone number), and a run over the dataset's pending rows ("dataset:N") queued its pair with a
 * person for review. For page and API tests over a {@link SpineSeed} spine.
 */
public final class PendingSeed {
    private PendingSeed() {
    }

    /** The review-band link of line {@code line} of dataset {@code dataset} with {@code personId}; returns the link id. */
    public static long reviewPair(Store store, long dataset, long line, long personId, long electorId, double probability) {
        return store.write(c -> {
            person(c, personId);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO pending_row (dataset_id, line_no, reason, forenames, surname, postcode) "
                    + "VALUES (?, ?, 'no-match', 'Jo', 'Bloggs', 'ZZ1 1ZZ')")) {
                ps.setLong(1, dataset);
                ps.setLong(2, line);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attribute_value (dataset_id, line_no, field, value) VALUES (?, ?, ?, ?)")) {
                for (String[] v : new String[][] {{"email", "jo@example.org"}, {"phone", "01273 000099"}}) {
                    ps.setLong(1, dataset);
                    ps.setLong(2, line);
                    ps.setString(3, v[0]);
                    ps.setString(4, v[1]);
                    ps.executeUpdate();
                }
            }
            return queue(c, dataset, line, personId, electorId, probability, "e".repeat(64));
        });
    }

    /**
     * Another candidate for a row {@link #reviewPair} already queued, from a later run over the same
     * dataset (its pair key differs: another person); returns the link id.
     */
    public static long otherCandidate(Store store, long dataset, long line, long personId, long electorId, double probability) {
        return store.write(c -> {
            person(c, personId);
            return queue(c, dataset, line, personId, electorId, probability, Long.toHexString(personId).repeat(64).substring(0, 64));
        });
    }

    private static void person(Connection c, long personId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO person (id, first_dataset_id) SELECT ?, 1 WHERE NOT EXISTS "
                + "(SELECT 1 FROM person WHERE id = ?)")) {
            ps.setLong(1, personId);
            ps.setLong(2, personId);
            ps.executeUpdate();
        }
    }

    /** A pending-row run over the dataset that queued the row with the person for review; returns the link id. */
    private static long queue(Connection c, long dataset, long line, long personId, long electorId, double probability, String pairKey)
            throws SQLException {
        long run;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link_run (list_name, dataset_id, model_sha256, model_json, "
                + "link_threshold, review_threshold, list_rows, spine_rows, candidate_pairs, linked, for_review, decisions_reused, run_by) "
                + "VALUES (?, ?, ?, '{}', 0.9999, 0.05, 1, 1, 1, 0, 1, 0, 'tester') RETURNING id")) {
            ps.setString(1, PendingLinkage.runName(dataset));
            ps.setLong(2, dataset);
            ps.setString(3, "c".repeat(64));
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                run = r.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO link (run_id, dataset_id, row_key, person_id, elector_id, probability, "
                + "weight, explanation, pair_key, status) VALUES (?, ?, ?, ?, ?, ?, 3.5, ?, ?, 'review') RETURNING id")) {
            ps.setLong(1, run);
            ps.setLong(2, dataset);
            ps.setString(3, Long.toString(line));
            ps.setLong(4, personId);
            ps.setLong(5, electorId);
            ps.setDouble(6, probability);
            ps.setString(7, "{\"prior\":-8.0,\"weight\":3.5,\"parts\":[],\"list\":{\"given_name\":\"Jo\",\"surname\":\"Bloggs\"},"
                    + "\"register\":{\"given_name\":\"Joanne\",\"surname\":\"Bloggs\"}}");
            ps.setString(8, pairKey);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
