package org.hustings.link.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hustings.ingest.data.PendingRow;
import org.hustings.ingest.data.PendingRows;
import org.hustings.link.Field;
import org.hustings.link.LinkSettings;
import org.hustings.link.Row;
import org.hustings.store.Store;

/**
 * Links the rows of a loaded dataset that no exact key attached (they wait in {@code pending_row})
 * to the register: the linker is trained on them and the spine, links above the link threshold
 * attach the row's values to the person with their probability, and the uncertain band waits in the
 * review queue. A reviewer's acceptance there is a confirmed link: {@link LinkStore#decide} attaches
 * the row's values to the person in the same transaction, at probability 1.0 (a person checked it,
 * UK GDPR Art 5(1)(d)), the model's score kept on the link and in the ledger; rejecting leaves the row
 * pending. A later run meeting a pair decided before reuses the decision, and an accepted one attaches
 * here at 1.0 too (docs/adr/0133). A later run does not queue a row again with a candidate it already
 * waits for (same pair key): the open pair stays as it is, counted as already queued; a different
 * candidate for the row is queued beside it and the reviewer chooses. Once a row is attached — here,
 * by an acceptance or by hand ({@link LinkStore#attach}) — its other open pairs close as 'superseded'
 * (docs/adr/0134, 0135). Every step is ledgered by the stations it uses.
 */
public final class PendingLinkage {
    private static final int PAGE = 10_000;

    private PendingLinkage() {
    }

    /**
     * What a run did: the link run, how many rows' values were attached, how many rows still wait, and
     * how many open review pairs of the attached rows (from earlier runs) were closed as 'superseded'.
     * Pairs an earlier run queued and that still wait are counted in {@code run().alreadyQueued()}.
     */
    public record Result(LinkStore.RunResult run, int rowsLinked, long valuesAttached, int rowsWaiting, long pairsSuperseded) {
    }

    public static Result link(Store store, long datasetId, LinkSettings settings, String actor) {
        PendingRows pending = new PendingRows(store);
        List<Row> rows = new ArrayList<>();
        long after = 0;
        for (List<PendingRow> page = pending.rows(datasetId, after, PAGE); !page.isEmpty(); page = pending.rows(datasetId, after, PAGE)) {
            for (PendingRow p : page) {
                rows.add(row(p));
                after = p.line();
            }
        }
        if (rows.isEmpty()) {
            return new Result(null, 0, 0, 0, 0);
        }
        LinkStore links = new LinkStore(store);
        LinkStore.RunResult run = links.run(runName(datasetId), datasetId, rows, settings, actor);
        List<PendingRows.Link> attached = store.read(c -> {
            List<PendingRows.Link> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT row_key, person_id, probability, status FROM link WHERE run_id = ? AND status IN ('linked', 'accepted') ORDER BY row_key")) {
                ps.setLong(1, run.runId());
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long line = Long.parseLong(r.getString(1));
                        // 'accepted' here is an earlier reviewer's decision on the same pair, reused: a confirmed link, attached at 1.0.
                        out.add("accepted".equals(r.getString(4)) ? PendingRows.Link.confirmed(datasetId, line, r.getLong(2), r.getDouble(3))
                                : new PendingRows.Link(datasetId, line, r.getLong(2), r.getDouble(3)));
                    }
                }
            }
            return out;
        });
        // The attachment and the closing of the attached rows' other open review pairs (earlier runs may have queued them
        // with another candidate) commit together: a row that belongs to one person leaves the queue (docs/adr/0134).
        long[] done = attached.isEmpty() ? new long[2] : store.write(c -> {
            long values = pending.attach(c, attached, actor);
            java.util.Set<String> rowKeys = new java.util.HashSet<>();
            attached.forEach(a -> rowKeys.add(Long.toString(a.line())));
            return new long[] {values, links.supersedeAttached(c, datasetId, run.runId(), rowKeys, actor)};
        });
        return new Result(run, attached.size(), done[0], rows.size() - attached.size(), done[1]);
    }

    /** The list name of a run over a dataset's pending rows; its row keys are the rows' lines. */
    static String runName(long datasetId) {
        return "dataset:" + datasetId;
    }

    /** The line a pending-row run's row key names, or null when it names none. */
    static Long line(String rowKey) {
        try {
            return Long.parseLong(rowKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A pending row in {@link Field#REGISTER} order, its address split as the spine splits a
     * register entry's: house = first line, street = first one or two lines, town = last line.
     */
    static Row row(PendingRow p) {
        List<String> lines = p.address() == null ? List.of()
                : Arrays.stream(p.address().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String house = lines.isEmpty() ? null : lines.get(0);
        String street = lines.isEmpty() ? null : lines.size() >= 3 ? lines.get(0) + " " + lines.get(1) : lines.get(0);
        String town = lines.size() >= 2 ? lines.get(lines.size() - 1) : null;
        return new Row(Long.toString(p.line()), new String[] {p.forenames(), p.surname(),
            p.birthDate() == null ? null : p.birthDate().toString(), house, street, town, p.postcode()});
    }
}
