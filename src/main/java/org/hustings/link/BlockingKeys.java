package org.hustings.link;

import java.util.Map;
import org.apache.commons.codec.language.Soundex;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.compare.PostcodeComparison;

/**
 * Computes each row's key for a blocking rule. A part's key is computed once per distinct value
 * (vocabulary number), then rows combine their parts' keys by a 64-bit mix; a row with any part
 * missing has no key.
 */
final class BlockingKeys {
    private final Columns columns;
    private final Map<String, long[]> partKeys = new java.util.concurrent.ConcurrentHashMap<>();

    BlockingKeys(Columns columns) {
        this.columns = columns;
    }

    long[] rowKeys(BlockingRule rule, boolean leftSide) {
        int parts = rule.parts().size();
        int[] fieldOf = new int[parts];
        long[][] keyOf = new long[parts][];
        for (int p = 0; p < parts; p++) {
            BlockingRule.Part part = rule.parts().get(p);
            int field = fieldIndex(rule, part.field());
            fieldOf[p] = field;
            keyOf[p] = partKeys.computeIfAbsent(field + "|" + part.transform(), k -> valueKeys(field, part));
        }
        int[][] cols = leftSide ? columns.left : columns.right;
        int n = columns.rows(leftSide);
        long[] out = new long[n];
        for (int row = 0; row < n; row++) {
            long h = 0x9E3779B97F4A7C15L * (parts + 1);
            for (int p = 0; p < parts; p++) {
                int v = cols[fieldOf[p]][row];
                long k = v < 0 ? Blocking.NO_KEY : keyOf[p][v];
                if (k == Blocking.NO_KEY) {
                    h = Blocking.NO_KEY;
                    break;
                }
                h = mix(h * 31 + k);
            }
            out[row] = h;
        }
        return out;
    }

    private int fieldIndex(BlockingRule rule, String name) {
        for (int i = 0; i < columns.fields.size(); i++) {
            if (columns.fields.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new HustingsException(ErrorCode.BAD_REQUEST, "Blocking rule '" + rule.text() + "' names the field '" + name
                + "', which is not one of the fields being linked.");
    }

    private long[] valueKeys(int field, BlockingRule.Part part) {
        String[] values = columns.vocabulary[field];
        long[] keys = new long[values.length];
        Soundex soundex = new Soundex();
        for (int v = 0; v < values.length; v++) {
            String t = transform(values[v], part.transform(), soundex);
            keys[v] = t == null || t.isEmpty() ? Blocking.NO_KEY : hash(t);
        }
        return keys;
    }

    private static String transform(String value, BlockingRule.Transform t, Soundex soundex) {
        return switch (t) {
            case EXACT -> value;
            case SOUNDEX -> {
                try {
                    yield soundex.soundex(value);
                } catch (IllegalArgumentException e) {
                    yield value;
                }
            }
            case INITIAL -> value.substring(0, 1);
            case FIRST3 -> value.length() <= 3 ? value : value.substring(0, 3);
            case YEAR -> value.length() >= 4 ? value.substring(0, 4) : null;
            case DISTRICT -> {
                String d = PostcodeComparison.district(value);
                yield d == null ? value : d;
            }
        };
    }

    /** FNV-1a over the characters, then mixed. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the whole key. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93e35bb9ed3L;
        return z ^ (z >>> 33);
    }
}
