package org.hustings.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.compare.Comparison;

/**
 * Unsupervised training, in three steps and with no labelled pairs:
 * <ol>
 * <li><b>u</b> — the level shares among random pairs (almost all non-matches): "exact" computed
 *     exactly from the value counts, the other levels from a seeded sample of random pairs;
 * <li><b>λ</b> — pairs agreeing on deterministic rules (e.g. same names and date of birth),
 *     divided by the assumed recall of those rules and by the number of possible pairs;
 * <li><b>m</b> — expectation–maximisation in sessions, one per training rule (same date of birth;
 *     same names), as Splink does: over that rule's pairs (a deterministic sample when there are
 *     many), with u fixed at the random-sample values and the rule's own fields ignored; each
 *     comparison's m is the mean over the sessions where it was free. Each pair is reduced to its
 *     pattern of levels, so EM runs over the distinct patterns with their counts in milliseconds.
 * </ol>
 * Fixing u keeps the match class from drifting to another cluster of agreeing pairs — members of
 * one household agree on the whole address — which EM with both classes free did on register-like
 * data (ADR 0132).
 */
final class Training {
    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-7;
    private static final double FLOOR = 1e-6;

    private final Columns columns;
    private final LinkSettings settings;
    private final int fields;
    private final int[] levelCount;

    Training(Columns columns, LinkSettings settings) {
        this.columns = columns;
        this.settings = settings;
        this.fields = columns.unitCount();
        this.levelCount = new int[fields];
        for (int f = 0; f < fields; f++) {
            levelCount[f] = columns.unitLevels(f).size();
        }
    }

    /** Level shares among random pairs; index [field][level]. */
    double[][] uFromRandomPairs(double possiblePairs) {
        int nl = columns.rows(true);
        int nr = columns.rows(false);
        long samples = (long) Math.min(settings.uSamplePairs(), possiblePairs);
        // a fixed number of sample streams, whatever the thread count, so that the sample depends on the seed only
        int tasks = 16;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()));
        long[][] counts = new long[fields][];
        for (int f = 0; f < fields; f++) {
            counts[f] = new long[levelCount[f]];
        }
        try {
            List<Future<long[][]>> parts = new ArrayList<>();
            for (int t = 0; t < tasks; t++) {
                long n = samples / tasks + (t < samples % tasks ? 1 : 0);
                SplittableRandom random = new SplittableRandom(settings.seed() * 31 + t);
                parts.add(pool.submit(() -> {
                    long[][] c = new long[fields][];
                    for (int f = 0; f < fields; f++) {
                        c[f] = new long[levelCount[f]];
                    }
                    for (long s = 0; s < n; s++) {
                        int l = random.nextInt(nl);
                        int r = random.nextInt(nr);
                        if (columns.dedupe && l == r) {
                            continue;
                        }
                        for (int f = 0; f < fields; f++) {
                            int lev = columns.level(f, l, r);
                            if (lev != Comparison.NULL) {
                                c[f][lev]++;
                            }
                        }
                    }
                    return c;
                }));
            }
            for (Future<long[][]> p : parts) {
                long[][] c = p.get();
                for (int f = 0; f < fields; f++) {
                    for (int l = 0; l < levelCount[f]; l++) {
                        counts[f][l] += c[f][l];
                    }
                }
            }
        } catch (Exception e) {
            throw new HustingsException(ErrorCode.INTERNAL, "Sampling random pairs failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            long total = 0;
            long inexact = 0;
            for (int l = 0; l < levelCount[f]; l++) {
                total += counts[f][l];
                inexact += l == 0 ? 0 : counts[f][l];
            }
            u[f] = new double[levelCount[f]];
            // u of "exact" on one field is known without sampling: the chance two random values are equal,
            // from the value counts; a composite comparison's first level comes from the sample
            double exact = columns.isComposite(f) ? (counts[f][0] + (counts[f][0] == 0 ? 0.5 : 0)) / (total + 0.5)
                    : exactAgreement(columns.units[f][0]);
            u[f][0] = Math.max(exact, 0.5 / (total + 0.5));
            for (int l = 1; l < levelCount[f]; l++) {
                // half a pair for a level never seen: small, never zero
                double c = counts[f][l] + (counts[f][l] == 0 ? 0.5 : 0);
                u[f][l] = (1 - u[f][0]) * c / (inexact + 0.5);
            }
        }
        return u;
    }

    /** The probability that two random non-missing values of field {@code f} are equal, from the value counts. */
    private double exactAgreement(int f) {
        int vocabulary = columns.vocabulary[f].length;
        long[] left = new long[vocabulary];
        long[] right = columns.dedupe ? left : new long[vocabulary];
        long nl = tally(columns.left[f], left);
        long nr = columns.dedupe ? nl : tally(columns.right[f], right);
        if (nl == 0 || nr == 0) {
            return 0;
        }
        double same = 0;
        for (int v = 0; v < vocabulary; v++) {
            same += columns.dedupe ? (double) left[v] * (left[v] - 1) : (double) left[v] * right[v];
        }
        double pairs = columns.dedupe ? (double) nl * (nl - 1) : (double) nl * nr;
        return pairs == 0 ? 0 : same / pairs;
    }

    private static long tally(int[] col, long[] counts) {
        long n = 0;
        for (int v : col) {
            if (v >= 0) {
                counts[v]++;
                n++;
            }
        }
        return n;
    }

    /**
     * Trains m in sessions, one per training rule, as Splink does: EM runs over the pairs one rule
     * blocks (e.g. same date of birth), with u fixed and the rule's own fields ignored; each field's
     * m is the mean over the sessions where it was free. A field free in no session takes its m from
     * EM over all candidate pairs. Returns m and, as the match share, that of the first session.
     */
    EmResult sessions(Blocking candidates, long candidateCount, double[][] u, double matchShareStart) {
        double[][] sum = new double[fields][];
        int[] sessionsFree = new int[fields];
        for (int f = 0; f < fields; f++) {
            sum[f] = new double[levelCount[f]];
        }
        double share = -1;
        int iterations = 0;
        for (BlockingRule rule : settings.training()) {
            boolean[] used = new boolean[fields];
            java.util.Arrays.fill(used, true);
            for (BlockingRule.Part part : rule.parts()) {
                for (int f = 0; f < fields; f++) {
                    for (int member : columns.units[f]) {
                        if (columns.fields.get(member).name().equalsIgnoreCase(part.field())) {
                            used[f] = false;
                        }
                    }
                }
            }
            Blocking session = new Blocking(columns, List.of(rule), settings.maxBlockPairs());
            long pairs = 0;
            for (CountingSink c : session.scan(settings.threads(), r -> new CountingSink())) {
                pairs += c.pairs;
            }
            if (pairs == 0) {
                continue;
            }
            EmResult em = expectationMaximisation(patterns(session, pairs), u, 0.1, used, true);
            share = share < 0 ? em.matchShare() : share;
            iterations += em.iterations();
            for (int f = 0; f < fields; f++) {
                if (used[f]) {
                    sessionsFree[f]++;
                    for (int l = 0; l < levelCount[f]; l++) {
                        sum[f][l] += em.m()[f][l];
                    }
                }
            }
        }
        EmResult all = null;
        double[][] m = new double[fields][];
        for (int f = 0; f < fields; f++) {
            if (sessionsFree[f] > 0) {
                m[f] = new double[levelCount[f]];
                for (int l = 0; l < levelCount[f]; l++) {
                    m[f][l] = sum[f][l] / sessionsFree[f];
                }
            } else {
                if (all == null) {
                    boolean[] every = new boolean[fields];
                    java.util.Arrays.fill(every, true);
                    all = expectationMaximisation(patterns(candidates, candidateCount), u, matchShareStart, every, false);
                    iterations += all.iterations();
                }
                m[f] = all.m()[f];
            }
        }
        return new EmResult(m, share < 0 ? (all == null ? 0 : all.matchShare()) : share, iterations);
    }

    private static final class CountingSink implements Blocking.PairSink {
        long pairs;

        @Override
        public void pair(int l, int r) {
            pairs++;
        }
    }

    /** Counts of the distinct level patterns among (a sample of) the candidate pairs. */
    Map<Long, long[]> patterns(Blocking blocking, long candidates) {
        double rate = candidates <= settings.emSamplePairs() ? 1.0 : (double) settings.emSamplePairs() / candidates;
        long threshold = rate >= 1.0 ? Long.MAX_VALUE : (long) (rate * Long.MAX_VALUE);
        long seed = settings.seed();
        List<PatternSink> sinks = blocking.scan(settings.threads(), rule -> new PatternSink(threshold, seed));
        Map<Long, long[]> all = new java.util.TreeMap<>();
        for (PatternSink s : sinks) {
            s.counts.forEach((k, v) -> all.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        }
        return all;
    }

    /** Packs a pair's levels, four bits a field (0 = missing), into one long. */
    long pattern(int l, int r) {
        long p = 0;
        for (int f = 0; f < fields; f++) {
            p |= (long) (columns.level(f, l, r) + 1) << (4 * f);
        }
        return p;
    }

    private final class PatternSink implements Blocking.PairSink {
        final Map<Long, long[]> counts = new HashMap<>();
        final long threshold;
        final long seed;

        PatternSink(long threshold, long seed) {
            this.threshold = threshold;
            this.seed = seed;
        }

        @Override
        public void pair(int l, int r) {
            if (threshold != Long.MAX_VALUE && (BlockingKeys.mix(((long) l << 32 | r) ^ seed) >>> 1) > threshold) {
                return;
            }
            counts.computeIfAbsent(pattern(l, r), k -> new long[1])[0]++;
        }
    }

    /** The result of EM: m per field and level, the share of matches among candidates, iterations run. */
    record EmResult(double[][] m, double matchShare, int iterations) {
    }

    /**
     * EM over level patterns. Fields not {@code used} are ignored (a session's blocking fields agree by
     * construction and carry no evidence there). With {@code fixU} the u probabilities stay at the
     * random-sample values, as in Splink, which keeps the match class from drifting to some other
     * cluster of agreeing pairs (such as members of one household).
     */
    EmResult expectationMaximisation(Map<Long, long[]> patterns, double[][] uStart, double matchShareStart, boolean[] used, boolean fixU) {
        int n = patterns.size();
        int[][] lv = new int[n][fields];
        double[] count = new double[n];
        int i = 0;
        for (Map.Entry<Long, long[]> e : patterns.entrySet()) {
            for (int f = 0; f < fields; f++) {
                lv[i][f] = used[f] ? (int) ((e.getKey() >>> (4 * f)) & 0xF) - 1 : -1;
            }
            count[i++] = e.getValue()[0];
        }
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            int k = levelCount[f];
            m[f] = new double[k];
            u[f] = uStart[f].clone();
            // start: most matches agree exactly, the rest spread over the lower levels, "different" least
            double rest = 0;
            for (int l = 1; l < k; l++) {
                rest += k - l;
            }
            for (int l = 0; l < k; l++) {
                m[f][l] = l == 0 ? 0.8 : 0.2 * (k - l) / rest;
            }
        }
        double p = Math.min(0.5, Math.max(0.001, matchShareStart));
        int it = 0;
        for (; it < MAX_ITERATIONS; it++) {
            double[][] mNext = new double[fields][];
            double[][] uNext = new double[fields][];
            for (int f = 0; f < fields; f++) {
                mNext[f] = new double[levelCount[f]];
                uNext[f] = new double[levelCount[f]];
            }
            double matches = 0;
            double total = 0;
            for (int q = 0; q < n; q++) {
                double pm = p;
                double pu = 1 - p;
                for (int f = 0; f < fields; f++) {
                    int l = lv[q][f];
                    if (l >= 0) {
                        pm *= m[f][l];
                        pu *= u[f][l];
                    }
                }
                double w = pm / (pm + pu);
                matches += w * count[q];
                total += count[q];
                for (int f = 0; f < fields; f++) {
                    int l = lv[q][f];
                    if (l >= 0) {
                        mNext[f][l] += w * count[q];
                        uNext[f][l] += (1 - w) * count[q];
                    }
                }
            }
            double change = Math.abs(matches / total - p);
            p = matches / total;
            for (int f = 0; f < fields; f++) {
                normalise(mNext[f]);
                if (fixU) {
                    uNext[f] = u[f];
                } else {
                    normalise(uNext[f]);
                }
                for (int l = 0; l < levelCount[f]; l++) {
                    change = Math.max(change, Math.abs(mNext[f][l] - m[f][l]));
                }
            }
            m = mNext;
            u = uNext;
            if (change < TOLERANCE) {
                it++;
                break;
            }
        }
        return new EmResult(m, p, it);
    }

    private static void normalise(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        for (int l = 0; l < x.length; l++) {
            x[l] = s == 0 ? 1.0 / x.length : Math.max(FLOOR, x[l] / s);
        }
    }
}
