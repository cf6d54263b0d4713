package org.hustings.link.compare;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The hand-written metrics agree with a reference on any input. */
class StringMetricsProperties {
    private static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

    @Property(tries = 500)
    void jaroWinklerAgreesWithCommonsText(@ForAll @StringLength(max = 20) @CharRange(from = 'a', to = 'e') String a,
                                          @ForAll @StringLength(max = 20) @CharRange(from = 'a', to = 'e') String b) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(COMMONS.apply(a, b), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Property(tries = 200)
    void jaroWinklerAgreesOnLongStrings(@ForAll @StringLength(min = 65, max = 120) @CharRange(from = 'a', to = 'c') String a,
                                        @ForAll @StringLength(min = 60, max = 120) @CharRange(from = 'a', to = 'c') String b) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(COMMONS.apply(a, b), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Property(tries = 2000)
    void theUpperBoundIsNeverBelowTheSimilarity(@ForAll @StringLength(max = 15) @CharRange(from = 'A', to = 'H') String a,
                                                 @ForAll @StringLength(max = 15) @CharRange(from = 'A', to = 'H') String b) {
        double bound = JaroWinkler.upperBound(a.length(), b.length(), JaroWinkler.mask(a), JaroWinkler.mask(b));
        assertThat(bound).isGreaterThanOrEqualTo(JaroWinkler.similarity(a, b) - 1e-12);
    }

    @Property(tries = 1000)
    void boundedDamerauLevenshteinAgreesWithTheFullTable(@ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'd') String a,
                                                         @ForAll @StringLength(max = 12) @CharRange(from = 'a', to = 'd') String b,
                                                         @ForAll @IntRange(min = 0, max = 4) int max) {
        int full = osa(a, b);
        assertThat(DamerauLevenshtein.distance(a, b, max)).isEqualTo(full <= max ? full : max + 1);
    }

    /** Optimal string alignment distance by the whole textbook table. */
    static int osa(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
