package org.hustings.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The faster key (ADR 0160) gives exactly the keys of the first version, so rollover still pairs people loaded before. */
class MatchKeyTest {

    @Provide
    Arbitrary<String> cells() {
        Arbitrary<String> awkward = Arbitraries.strings().withChars(" \t-.,'\"aZz09éÉëñßØæİı\u0301\u00A0\uD83D\uDE00\uD800")
                .ofMaxLength(24);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(24);
        return Arbitraries.oneOf(awkward, any, Arbitraries.of("O'Néill", "Zoë", "  Mary - Ann ", "St. John", "A.B", "ab12 3cd"))
                .injectNull(0.1);
    }

    @Property(tries = 3000)
    void normalise_is_unchanged(@ForAll("cells") String s) {
        assertThat(MatchKey.normalise(s)).isEqualTo(MatchKeyBefore.normalise(s));
    }

    @Property(tries = 2000)
    void the_key_is_unchanged(@ForAll("cells") String surname, @ForAll("cells") String forenames, @ForAll("cells") String a1,
                              @ForAll("cells") String a2, @ForAll("cells") String postcode, @ForAll boolean anonymous) {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        if (a1 != null) {
            lines.add(a1);
        }
        if (a2 != null) {
            lines.add(a2);
        }
        RegisterEntry e = new RegisterEntry(1, "AB1", ElectorNumber.parseCombined("AB1-1").orElseThrow(),
                Markers.parse(anonymous ? "N" : ""), null, null, null, forenames, null, surname, null, lines, postcode, false, null);
        assertThat(MatchKey.of(e)).isEqualTo(MatchKeyBefore.of(e));
    }

    @Test
    void examples() {
        RegisterEntry e = new RegisterEntry(1, "AB1", ElectorNumber.parseCombined("AB1-1").orElseThrow(), Markers.NONE, null, null,
                null, "Zoë  Mary-Ann", null, "O'Néill", null, List.of("1 St. John's Rd", "", "Dunborough"), "bn43 5ab", false, null);
        assertThat(MatchKey.of(e)).isEqualTo("ONEILL|ZOE MARY ANN|1 ST JOHNS RD DUNBOROUGH |BN435AB");
    }
}
