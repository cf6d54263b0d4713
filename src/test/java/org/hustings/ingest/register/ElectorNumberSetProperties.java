package org.hustings.ingest.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hustings.register.ElectorNumber;
import org.junit.jupiter.api.Test;

/** The compact set (bitmap plus long set, ADR 0160) answers exactly as a plain HashSet would. */
class ElectorNumberSetProperties {

    @Provide
    Arbitrary<List<ElectorNumber>> numbers() {
        Arbitrary<String> prefix = Arbitraries.of("AA1", "AB2", "ZZ", "Q");
        Arbitrary<Integer> number = Arbitraries.oneOf(Arbitraries.integers().between(0, 300),
                Arbitraries.integers().between(0, 5000), Arbitraries.integers().between(0, Integer.MAX_VALUE));
        Arbitrary<Integer> suffix = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, Integer.MAX_VALUE));
        Arbitrary<ElectorNumber> one = Combinators.combine(prefix, number, suffix).as(ElectorNumber::new);
        return one.list().ofMaxSize(400);
    }

    @Property(tries = 500)
    void agrees_with_a_hash_set(@ForAll("numbers") List<ElectorNumber> numbers) {
        ElectorNumberSet set = new ElectorNumberSet();
        Set<String> plain = new HashSet<>();
        for (ElectorNumber n : numbers) {
            assertThat(set.add(n)).as(n.canonical()).isEqualTo(plain.add(n.prefix() + "|" + n.number() + "|" + n.suffix()));
        }
    }

    @Test
    void a_number_first_too_far_for_the_bitmap_is_still_caught_once_the_bitmap_covers_it() {
        ElectorNumberSet set = new ElectorNumberSet();
        assertThat(set.add(number("AA1", 5000))).isTrue();
        for (int i = 1; i <= 4999; i++) {
            assertThat(set.add(number("AA1", i))).isTrue();
        }
        assertThat(set.add(number("AA1", 5000))).isFalse();
        assertThat(set.add(number("AA1", 17))).isFalse();
        assertThat(set.add(number("AB1", 17))).isTrue();
    }

    private static ElectorNumber number(String prefix, int n) {
        return new ElectorNumber(prefix, n, 0);
    }
}
