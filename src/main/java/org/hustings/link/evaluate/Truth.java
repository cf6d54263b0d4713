package org.hustings.link.evaluate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.Row;

/**
 * The true pairs, as row numbers packed into longs (left row in the high 32 bits). In dedupe mode
 * a pair is stored with the smaller row first. Built from a cluster column (every two rows with
 * the same cluster value are a pair) or from a file of id pairs.
 */
final class Truth {
    private Truth() {
    }

    static long key(int a, int b, boolean dedupe) {
        if (dedupe && b < a) {
            return (long) b << 32 | a;
        }
        return (long) a << 32 | b;
    }

    /** Pairs sharing a cluster value; in link mode one row from each side. */
    static Set<Long> fromClusters(List<String> leftClusters, List<String> rightClusters) {
        boolean dedupe = rightClusters == null;
        Map<String, List<Integer>> right = group(dedupe ? leftClusters : rightClusters);
        Set<Long> pairs = new HashSet<>();
        if (dedupe) {
            for (List<Integer> members : right.values()) {
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        pairs.add(key(members.get(i), members.get(j), true));
                    }
                }
            }
            return pairs;
        }
        for (int l = 0; l < leftClusters.size(); l++) {
            String c = leftClusters.get(l);
            for (int r : c == null ? List.<Integer>of() : right.getOrDefault(c, List.of())) {
                pairs.add(key(l, r, false));
            }
        }
        return pairs;
    }

    static Map<String, List<Integer>> group(List<String> values) {
        Map<String, List<Integer>> g = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                g.computeIfAbsent(values.get(i), k -> new ArrayList<>()).add(i);
            }
        }
        return g;
    }

    /** Pairs from a two-column CSV of ids (with a header); each id must be in the lists. */
    static Set<Long> fromPairsFile(Path file, List<Row> left, List<Row> right) {
        boolean dedupe = right == null;
        Map<String, Integer> li = index(left);
        Map<String, Integer> ri = dedupe ? li : index(right);
        Set<Long> pairs = new HashSet<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            boolean header = true;
            for (CsvRecord rec : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                if (rec.getFieldCount() < 2) {
                    if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
                        continue;
                    }
                    throw new HustingsException(ErrorCode.BAD_INPUT, file + ", line " + rec.getStartingLineNumber()
                            + ": a true pair needs two ids.");
                }
                String a = rec.getField(0).strip();
                String b = rec.getField(1).strip();
                Integer x = li.get(a);
                Integer y = ri.get(b);
                if ((x == null || y == null) && !dedupe) {
                    x = li.get(b);
                    y = ri.get(a);
                }
                if (x == null || y == null) {
                    throw new HustingsException(ErrorCode.BAD_INPUT, file + ", line " + rec.getStartingLineNumber()
                            + ": the ids '" + a + "' and '" + b + "' are not both in the data being evaluated.");
                }
                if (!(dedupe && x.equals(y))) {
                    pairs.add(key(x, y, dedupe));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read " + file + ": " + e.getMessage(), e);
        }
        return pairs;
    }

    private static Map<String, Integer> index(List<Row> rows) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            m.put(rows.get(i).id(), i);
        }
        return m;
    }

    static PairMetrics measure(Set<Long> truth, Set<Long> predicted) {
        long correct = 0;
        for (long p : predicted) {
            if (truth.contains(p)) {
                correct++;
            }
        }
        return new PairMetrics(truth.size(), predicted.size(), correct);
    }
}
