package org.hustings.link.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.CandidateCount;
import org.hustings.link.Deduplication;
import org.hustings.link.Field;
import org.hustings.link.FieldKind;
import org.hustings.link.LinkModel;
import org.hustings.link.LinkSettings;
import org.hustings.link.Linkage;
import org.hustings.link.Linker;
import org.hustings.link.Row;
import org.hustings.link.ScoredPair;

/**
 * Measures the linker on labelled data it does not train on: the labels (a cluster column or a
 * file of true pairs) are read only to count how many predicted pairs are right. The same is
 * measured for a plain deterministic rule — exact agreement on the name, date-of-birth and
 * postcode fields given — as a floor.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * What to evaluate.
     *
     * @param left                the list (dedupe) or the first list (link)
     * @param right               the second list, or null to deduplicate {@code left}
     * @param idColumn            the id column of both files
     * @param fields              columns and their kinds
     * @param truthClusterColumn  column holding the true cluster, or null
     * @param truthPairs          file of true id pairs, or null
     * @param settings            linkage settings, or null for the defaults for these fields
     */
    public record Request(Path left, Path right, String idColumn, List<Field> fields, String truthClusterColumn,
                          Path truthPairs, LinkSettings settings) {
        public Request {
            fields = List.copyOf(fields);
            if ((truthClusterColumn == null) == (truthPairs == null)) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "Give the truth either as a cluster column or as a file of true pairs, not both or neither.");
            }
        }
    }

    /**
     * The figures.
     *
     * @param mode            "link" or "dedupe"
     * @param leftRows        rows in the first (or only) list
     * @param rightRows       rows in the second list (0 in dedupe mode)
     * @param candidates      candidate pairs from blocking
     * @param linker          the linker's predicted pairs (dedupe: every pair inside a cluster)
     * @param linkerPairwise  dedupe only: the pairs scored above the threshold, before clustering
     * @param plainRule       the deterministic floor
     * @param plainRuleText   what the floor rule compares
     * @param model           the model trained (without labels)
     * @param timings         milliseconds per stage of the linker (wall clock)
     * @param cpuTimings      CPU milliseconds per stage, all threads
     * @param linkerMillis    the linker's total, reading excluded
     * @param blockingRecall  share of the true pairs that blocking made candidates (the ceiling on recall)
     */
    public record Report(String mode, int leftRows, int rightRows, CandidateCount candidates, PairMetrics linker,
                         PairMetrics linkerPairwise, PairMetrics plainRule, String plainRuleText, LinkModel model,
                         Map<String, Long> timings, Map<String, Long> cpuTimings, long linkerMillis, double blockingRecall) {
    }

    public static Report run(Request req) {
        List<String> columns = req.fields().stream().map(Field::name).toList();
        boolean dedupe = req.right() == null;
        CsvList left = CsvList.read(req.left(), req.idColumn(), columns, req.truthClusterColumn());
        CsvList right = dedupe ? null : CsvList.read(req.right(), req.idColumn(), columns, req.truthClusterColumn());
        Set<Long> truth = req.truthPairs() != null
                ? Truth.fromPairsFile(req.truthPairs(), left.rows(), dedupe ? null : right.rows())
                : Truth.fromClusters(left.extra(), dedupe ? null : right.extra());
        LinkSettings settings = req.settings() != null ? req.settings() : LinkSettings.defaults(req.fields());

        long t = System.nanoTime();
        Linker linker = Linker.prepare(req.fields(), left.rows(), dedupe ? null : right.rows(), settings).train();
        PairMetrics main;
        PairMetrics pairwise = null;
        if (dedupe) {
            Deduplication d = linker.dedupe();
            main = Truth.measure(truth, clusterPairs(d.clusterOf()));
            Set<Long> predicted = new HashSet<>();
            for (ScoredPair p : d.linked()) {
                predicted.add(Truth.key(p.left(), p.right(), true));
            }
            pairwise = Truth.measure(truth, predicted);
        } else {
            Linkage l = linker.link();
            Set<Long> predicted = new HashSet<>();
            for (ScoredPair p : l.linked()) {
                predicted.add(Truth.key(p.left(), p.right(), false));
            }
            main = Truth.measure(truth, predicted);
        }
        long millis = (System.nanoTime() - t) / 1_000_000;

        List<Integer> floorFields = new ArrayList<>();
        for (int i = 0; i < req.fields().size(); i++) {
            FieldKind k = req.fields().get(i).kind();
            if (k == FieldKind.GIVEN_NAME || k == FieldKind.SURNAME || k == FieldKind.FULL_NAME || k == FieldKind.DOB || k == FieldKind.POSTCODE) {
                floorFields.add(i);
            }
        }
        if (floorFields.isEmpty()) {
            floorFields.add(0);
        }
        String floorText = "exact " + String.join(" + ", floorFields.stream().map(i -> columns.get(i)).toList());
        PairMetrics floor = Truth.measure(truth, plainRule(floorFields, left.rows(), dedupe ? null : right.rows()));
        long blocked = truth.stream().filter(p -> linker.candidate((int) (p >>> 32), (int) (long) p)).count();
        return new Report(dedupe ? "dedupe" : "link", left.rows().size(), dedupe ? 0 : right.rows().size(), linker.candidates(),
                main, pairwise, floor, floorText, linker.model(), linker.timings(), linker.cpuTimings(), millis,
                truth.isEmpty() ? 1.0 : (double) blocked / truth.size());
    }

    /** Every pair of rows that share a cluster. */
    static Set<Long> clusterPairs(int[] clusterOf) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            members.computeIfAbsent(clusterOf[i], k -> new ArrayList<>()).add(i);
        }
        Set<Long> pairs = new HashSet<>();
        for (List<Integer> all : members.values()) {
            for (int i = 0; i < all.size(); i++) {
                for (int j = i + 1; j < all.size(); j++) {
                    pairs.add(Truth.key(all.get(i), all.get(j), true));
                }
            }
        }
        return pairs;
    }

    /** Pairs agreeing exactly (trimmed, case ignored, no value missing) on every one of the fields. */
    static Set<Long> plainRule(List<Integer> fields, List<Row> left, List<Row> right) {
        boolean dedupe = right == null;
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<Row> indexed = dedupe ? left : right;
        for (int i = 0; i < indexed.size(); i++) {
            String k = key(fields, indexed.get(i));
            if (k != null) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> pairs = new HashSet<>();
        for (int l = 0; l < left.size(); l++) {
            String k = key(fields, left.get(l));
            for (int r : k == null ? List.<Integer>of() : byKey.getOrDefault(k, List.of())) {
                if (!dedupe || r > l) {
                    pairs.add(Truth.key(l, r, dedupe));
                }
            }
        }
        return pairs;
    }

    private static String key(List<Integer> fields, Row row) {
        StringBuilder b = new StringBuilder();
        for (int f : fields) {
            String v = row.values()[f];
            if (v == null) {
                return null;
            }
            b.append(v.strip().toLowerCase(Locale.ROOT)).append('\u0001');
        }
        return b.toString();
    }
}
