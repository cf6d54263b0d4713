package org.hustings.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a linkage job runs. {@link #defaults} derives blocking and deterministic rules from the
 * kinds of the fields given; every value can be replaced with a {@code with…} copy.
 *
 * @param blocking        blocking rules, combined by OR
 * @param training        rules whose pairs EM learns m from, one session each (fields in a rule are
 *                        ignored in its session)
 * @param deterministic   rules whose matches are taken as near-certain, to estimate the prior λ
 * @param recall          assumed share of true matches the deterministic rules find (0–1]
 * @param thresholds      link / review / reject probabilities
 * @param seed            seed for every random choice (sampling), so a run can be repeated exactly
 * @param threads         worker threads for candidate generation and scoring
 * @param uSamplePairs    random pairs drawn to estimate u
 * @param emSamplePairs   most candidate pairs EM learns m from (a deterministic sample beyond that)
 * @param maxBlockPairs   a block with more pairs than this is skipped and reported
 * @param exhaustiveBelow when there are at most this many possible pairs, every pair is compared
 *                        and the blocking rules are not needed
 */
public record LinkSettings(List<BlockingRule> blocking, List<BlockingRule> training, List<BlockingRule> deterministic, double recall,
                           Thresholds thresholds, long seed, int threads, int uSamplePairs, int emSamplePairs,
                           long maxBlockPairs, long exhaustiveBelow) {
    public LinkSettings {
        blocking = List.copyOf(blocking);
        training = List.copyOf(training);
        deterministic = List.copyOf(deterministic);
        if (!(recall > 0 && recall <= 1)) {
            throw new org.hustings.HustingsException(org.hustings.ErrorCode.BAD_REQUEST,
                    "The assumed recall of the deterministic rules must be above 0 and at most 1; got " + recall + ".");
        }
        if (threads < 1 || uSamplePairs < 1 || emSamplePairs < 1 || maxBlockPairs < 1 || exhaustiveBelow < 0) {
            throw new org.hustings.HustingsException(org.hustings.ErrorCode.BAD_REQUEST, "Threads, sample sizes and the block limit must be "
                    + "at least 1 (got threads " + threads + ", samples " + uSamplePairs + " / " + emSamplePairs + ", block limit "
                    + maxBlockPairs + ").");
        }
    }

    /** Rules and sizes suited to the fields given. */
    public static LinkSettings defaults(List<Field> fields) {
        List<BlockingRule> blocking = new ArrayList<>();
        // each rule earns its place by the true pairs only it finds (measured on FEBRL and the synthetic
        // bench, docs/linkage-results.md); broad phonetic rules are narrowed by a second field
        String[][] candidates = {
            {"G", "S"}, {"S", "D"}, {"G", "D"}, {"D", "P"}, {"S", "P"}, {"G", "P"}, {"F"}, {"F", "P"}, {"E"}, {"M"},
            {"soundex:S", "D"}, {"soundex:G", "soundex:S", "district:P"}, {"D", "T"}, {"S", "T", "initial:G"}, {"H", "P"},
            {"H", "D"}, {"A", "P"}, {"A", "D"}, {"initial:G", "initial:S", "year:D", "district:P"}, {"soundex:G", "D"},
            {"soundex:S", "P"}, {"E", "D"}, {"H", "A"}, {"soundex:S", "year:D", "initial:G"},
        };
        for (String[] c : candidates) {
            rule(fields, c).ifPresent(blocking::add);
        }
        List<BlockingRule> deterministic = new ArrayList<>();
        for (String[] c : new String[][] {{"G", "S", "D"}, {"F", "D"}, {"S", "D", "P"}, {"E"}, {"M"}}) {
            rule(fields, c).ifPresent(deterministic::add);
        }
        List<BlockingRule> training = new ArrayList<>();
        for (String[] c : new String[][] {{"D"}, {"G", "S"}, {"F"}, {"E"}}) {
            rule(fields, c).ifPresent(training::add);
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new LinkSettings(blocking, training, deterministic, 0.8, Thresholds.DEFAULT, 42L, threads, 300_000, 500_000, 250_000L, 1_000_000L);
    }

    private static Optional<BlockingRule> rule(List<Field> fields, String[] parts) {
        List<String> text = new ArrayList<>();
        for (String p : parts) {
            String fn = p.contains(":") ? p.substring(0, p.indexOf(':')) : null;
            String letter = p.contains(":") ? p.substring(p.indexOf(':') + 1) : p;
            String name = first(fields, kindOf(letter));
            if (name == null) {
                return Optional.empty();
            }
            text.add(fn == null ? name : fn + "(" + name + ")");
        }
        return Optional.of(BlockingRule.parse(String.join("+", text)));
    }

    private static FieldKind kindOf(String letter) {
        return switch (letter) {
            case "G" -> FieldKind.GIVEN_NAME;
            case "S" -> FieldKind.SURNAME;
            case "F" -> FieldKind.FULL_NAME;
            case "D" -> FieldKind.DOB;
            case "P" -> FieldKind.POSTCODE;
            case "T" -> FieldKind.TOWN;
            case "A" -> FieldKind.ADDRESS;
            case "H" -> FieldKind.HOUSE_NUMBER;
            case "E" -> FieldKind.EMAIL;
            case "M" -> FieldKind.PHONE;
            default -> FieldKind.OTHER;
        };
    }

    private static String first(List<Field> fields, FieldKind kind) {
        return fields.stream().filter(f -> f.kind() == kind).map(Field::name).findFirst().orElse(null);
    }

    public LinkSettings withBlocking(List<BlockingRule> rules) {
        return new LinkSettings(rules, training, deterministic, recall, thresholds, seed, threads, uSamplePairs, emSamplePairs, maxBlockPairs, exhaustiveBelow);
    }

    public LinkSettings withDeterministic(List<BlockingRule> rules, double recall) {
        return new LinkSettings(blocking, training, rules, recall, thresholds, seed, threads, uSamplePairs, emSamplePairs, maxBlockPairs, exhaustiveBelow);
    }

    public LinkSettings withTraining(List<BlockingRule> rules) {
        return new LinkSettings(blocking, rules, deterministic, recall, thresholds, seed, threads, uSamplePairs, emSamplePairs, maxBlockPairs, exhaustiveBelow);
    }

    public LinkSettings withThresholds(Thresholds t) {
        return new LinkSettings(blocking, training, deterministic, recall, t, seed, threads, uSamplePairs, emSamplePairs, maxBlockPairs, exhaustiveBelow);
    }

    public LinkSettings withSeed(long s) {
        return new LinkSettings(blocking, training, deterministic, recall, thresholds, s, threads, uSamplePairs, emSamplePairs, maxBlockPairs, exhaustiveBelow);
    }

    public LinkSettings withExhaustiveBelow(long pairs) {
        return new LinkSettings(blocking, training, deterministic, recall, thresholds, seed, threads, uSamplePairs, emSamplePairs, maxBlockPairs, pairs);
    }

    public LinkSettings withThreads(int n) {
        return new LinkSettings(blocking, training, deterministic, recall, thresholds, seed, n, uSamplePairs, emSamplePairs, maxBlockPairs, exhaustiveBelow);
    }
}
