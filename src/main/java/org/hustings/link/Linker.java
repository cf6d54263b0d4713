package org.hustings.link;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * The linker facade: prepare the records, count the candidate pairs, train (or load) a model,
 * then link two lists one-to-one or deduplicate one list.
 *
 * <pre>{@code
 * Linker linker = Linker.prepare(fields, list, spine, LinkSettings.defaults(fields));
 * System.out.println(linker.candidates().pairs() + " candidate pairs");  // before any scoring
 * Linkage result = linker.train().link();
 * Explanation why = linker.explain(pair.left(), pair.right());
 * }</pre>
 *
 * Not thread-safe as an object; its stages use {@link LinkSettings#threads()} worker threads.
 */
public final class Linker {
    private final List<Field> fields;
    private final LinkSettings settings;
    private final Columns columns;
    private final Blocking blocking;
    private final CandidateCount candidates;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private final Map<String, Long> cpu = new LinkedHashMap<>();
    private long cpuMark = processCpuNanos();
    private LinkModel model;
    private Scorer scorer;

    private Linker(List<Field> fields, List<Row> left, List<Row> right, LinkSettings settings) {
        this.fields = List.copyOf(fields);
        this.settings = settings;
        long t = System.nanoTime();
        this.columns = new Columns(fields, left, right);
        t = lap("prepare", t);
        int nl = columns.rows(true);
        double possible = columns.dedupe ? (double) nl * (nl - 1) / 2 : (double) nl * columns.rows(false);
        this.blocking = new Blocking(columns, possible <= settings.exhaustiveBelow() ? List.of(BlockingRule.parse(BlockingRule.ALL))
                : settings.blocking(), settings.maxBlockPairs());
        t = lap("block", t);
        this.candidates = count(blocking);
        lap("count", t);
    }

    /** Reads and indexes the records and counts the candidate pairs. {@code right == null} deduplicates {@code left}. */
    public static Linker prepare(List<Field> fields, List<Row> left, List<Row> right, LinkSettings settings) {
        if (fields.isEmpty()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Linkage needs at least one field.");
        }
        List<BlockingRule> rules = new ArrayList<>(settings.blocking());
        rules.addAll(settings.deterministic());
        rules.addAll(settings.training());
        for (BlockingRule rule : rules) {
            for (BlockingRule.Part part : rule.parts()) {
                if (fields.stream().noneMatch(f -> f.name().equalsIgnoreCase(part.field()))) {
                    throw new HustingsException(ErrorCode.BAD_REQUEST, "Blocking rule '" + rule.text() + "' names the field '" + part.field()
                            + "', which is not one of the fields being linked.");
                }
            }
        }
        return new Linker(fields, left, right, settings);
    }

    public CandidateCount candidates() {
        return candidates;
    }

    public LinkModel model() {
        if (model == null) {
            throw new IllegalStateException("train() or use() first");
        }
        return model;
    }

    /** Milliseconds per stage so far. */
    public Map<String, Long> timings() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
    }

    /** Estimates u by random sampling, λ from the deterministic rules and m by EM. No labels are used. */
    public Linker train() {
        long t = System.nanoTime();
        cpuMark = processCpuNanos();
        Training training = new Training(columns, settings);
        double[][] u = training.uFromRandomPairs(candidates.possiblePairs());
        t = lap("train u", t);
        Blocking strict = new Blocking(columns, settings.deterministic(), Long.MAX_VALUE);
        long agreeing = settings.deterministic().isEmpty() ? 0 : count(strict).pairs();
        double possible = Math.max(1, candidates.possiblePairs());
        t = lap("train lambda", t);
        Training.EmResult em = training.sessions(blocking, candidates.pairs(), u,
                candidates.pairs() == 0 ? 0.1 : agreeing / settings.recall() / candidates.pairs());
        lap("train m", t);
        double lambda = agreeing > 0 ? agreeing / settings.recall() / possible : em.matchShare() * candidates.pairs() / possible;
        lambda = Math.min(0.5, Math.max(1.0 / (possible * 10), lambda));
        List<LinkModel.ModelField> mf = new ArrayList<>();
        for (int f = 0; f < columns.unitCount(); f++) {
            List<String> names = columns.unitLevels(f);
            List<LinkModel.Level> levels = new ArrayList<>();
            for (int l = 0; l < names.size(); l++) {
                levels.add(new LinkModel.Level(names.get(l), em.m()[f][l], u[f][l]));
            }
            mf.add(new LinkModel.ModelField(columns.unitName(f), columns.unitKind(f), levels));
        }
        return use(new LinkModel(LinkModel.VERSION, columns.dedupe ? "dedupe" : "link", mf, lambda, em.matchShare(), em.iterations(),
                settings.blocking().stream().map(BlockingRule::text).toList(),
                settings.training().stream().map(BlockingRule::text).toList(),
                settings.deterministic().stream().map(BlockingRule::text).toList(), settings.recall(), settings.seed()));
    }

    /** Uses a trained (or saved) model; its fields must be the linker's fields, in order. */
    public Linker use(LinkModel m) {
        if (m.fields().size() != columns.unitCount()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The model compares " + m.fields().size() + " things; these fields make "
                    + columns.unitCount() + ".");
        }
        for (int f = 0; f < columns.unitCount(); f++) {
            LinkModel.ModelField mf = m.fields().get(f);
            if (!mf.name().equals(columns.unitName(f)) || !mf.kind().equals(columns.unitKind(f))
                    || mf.levels().size() != columns.unitLevels(f).size()) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "The model's comparison " + (f + 1) + " is " + mf.name() + " (" + mf.kind()
                        + "); the data's is " + columns.unitName(f) + " (" + columns.unitKind(f) + ").");
            }
        }
        this.model = m;
        this.scorer = new Scorer(columns, m);
        return this;
    }

    /** Every candidate pair at or above {@code floor} probability, in a fixed order. */
    PairBuffer score(double floor) {
        model();
        long t = System.nanoTime();
        cpuMark = processCpuNanos();
        PairBuffer all = PairBuffer.join(scorer, blocking.scan(settings.threads(), rule -> new PairBuffer(scorer, floor)));
        lap("score", t);
        return all;
    }

    /** Links left rows to right rows one-to-one, most probable pair first. */
    public Linkage link() {
        if (columns.dedupe) {
            throw new IllegalStateException("one list was given: use dedupe()");
        }
        Thresholds th = settings.thresholds();
        PairBuffer pairs = score(th.review());
        long t = System.nanoTime();
        cpuMark = processCpuNanos();
        BitSet usedLeft = new BitSet();
        BitSet usedRight = new BitSet();
        List<Decision> out = new ArrayList<>();
        for (int i : pairs.byWeightDescending()) {
            int l = pairs.left[i];
            int r = pairs.right[i];
            if (!usedLeft.get(l) && !usedRight.get(r)) {
                usedLeft.set(l);
                usedRight.set(r);
                out.add(Decision.of(pairs.get(i), th));
            }
        }
        lap("assign", t);
        return new Linkage(out, candidates, pairs.scored, timings);
    }

    /** Deduplicates the one list: clusters are connected components of the linked pairs. */
    public Deduplication dedupe() {
        if (!columns.dedupe) {
            throw new IllegalStateException("two lists were given: use link()");
        }
        Thresholds th = settings.thresholds();
        PairBuffer pairs = score(th.review());
        long t = System.nanoTime();
        int n = columns.rows(true);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        List<ScoredPair> linked = new ArrayList<>();
        List<ScoredPair> review = new ArrayList<>();
        for (int i : pairs.byWeightDescending()) {
            ScoredPair p = pairs.get(i);
            if (p.probability() >= th.link()) {
                linked.add(p);
                union(parent, p.left(), p.right());
            }
        }
        for (int i : pairs.byWeightDescending()) {
            ScoredPair p = pairs.get(i);
            if (p.probability() < th.link() && find(parent, p.left()) != find(parent, p.right())) {
                review.add(p);
            }
        }
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = find(parent, i);
        }
        lap("cluster", t);
        return new Deduplication(cluster, linked, review, candidates, pairs.scored, timings);
    }

    /** True when the blocking rules make the two rows a candidate pair (for measuring blocking recall). */
    public boolean candidate(int left, int right) {
        return blocking.blocked(left, right);
    }

    /** The weight of a pair of rows taken apart, field by field. */
    public Explanation explain(int left, int right) {
        model();
        return scorer.explain(left, right);
    }

    /** The probability of any pair of rows (blocked or not). */
    public ScoredPair score(int left, int right) {
        model();
        double w = scorer.weight(left, right);
        return new ScoredPair(left, right, w, Scorer.probability(w));
    }

    /** The pair's weight when it reaches {@code floor}, else negative infinity (the early stop scoring uses). */
    double weightAtLeast(int left, int right, double floor) {
        model();
        return scorer.weightAtLeast(left, right, floor);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int x = find(parent, a);
        int y = find(parent, b);
        if (x != y) {
            parent[Math.max(x, y)] = Math.min(x, y);
        }
    }

    private CandidateCount count(Blocking b) {
        List<long[]> perChunk = new ArrayList<>();
        for (CountSink s : b.scan(settings.threads(), CountSink::new)) {
            perChunk.add(new long[] {s.rule, s.pairs});
        }
        long[] perRule = new long[b.rules().size()];
        long total = 0;
        for (long[] c : perChunk) {
            perRule[(int) c[0]] += c[1];
            total += c[1];
        }
        int nl = columns.rows(true);
        double possible = columns.dedupe ? (double) nl * (nl - 1) / 2 : (double) nl * columns.rows(false);
        List<Long> rules = new ArrayList<>();
        for (long r : perRule) {
            rules.add(r);
        }
        return new CandidateCount(total, rules, b.skippedBlocks(), b.skippedPairs(), possible);
    }

    private static final class CountSink implements Blocking.PairSink {
        final int rule;
        long pairs;

        CountSink(int rule) {
            this.rule = rule;
        }

        @Override
        public void pair(int l, int r) {
            pairs++;
        }
    }

    private long lap(String stage, long since) {
        long now = System.nanoTime();
        timings.merge(stage, (now - since) / 1_000_000, Long::sum);
        long c = processCpuNanos();
        cpu.merge(stage, (c - cpuMark) / 1_000_000, Long::sum);
        cpuMark = c;
        return now;
    }

    /**
     * CPU milliseconds per stage, all threads of the process together (garbage collection included):
     * on a machine shared with other work, the fairer measure of the work each stage does.
     */
    public Map<String, Long> cpuTimings() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cpu));
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
    }
}
