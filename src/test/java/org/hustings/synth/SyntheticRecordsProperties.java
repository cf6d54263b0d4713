package org.hustings.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hustings.register.ElectorNumber;
import org.hustings.register.RegisterEntry;

/** Whatever the seed and size, every generated record is one a reader must accept. */
class SyntheticRecordsProperties {

    @Property(tries = 40)
    void anySeedYieldsValidRecords(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3_000) int electors,
                                   @ForAll @IntRange(min = 1, max = 6) int districts,
                                   @ForAll @IntRange(min = 0, max = 11) int notices) {
        int d = Math.min(districts, electors);
        Generated g = Generated.of(SynthSpec.of(seed, electors, d).withNotices(notices).withNextEdition(true));
        assertThat(g.first).hasSize(electors);
        Set<ElectorNumber> numbers = new HashSet<>();
        for (RegisterEntry e : g.first) {
            valid(e);
            assertThat(numbers.add(e.number())).as("unique %s", e.number()).isTrue();
        }
        Set<ElectorNumber> next = new HashSet<>();
        for (RegisterEntry e : g.next) {
            valid(e);
            assertThat(next.add(e.number())).as("unique next %s", e.number()).isTrue();
        }
        for (NoticeRow r : g.notices) {
            valid(r.alteration().entry());
            assertThat(r.notice()).isBetween(1, notices);
        }
    }

    @Property(tries = 15)
    void districtsSplitTheElectorsExactly(@ForAll @LongRange(min = 1, max = 20_000) long electors,
                                          @ForAll @IntRange(min = 1, max = 40) int districts) {
        int d = (int) Math.min(districts, electors);
        long[] count = new long[1];
        SyntheticConstituency.firstEdition(SynthSpec.of(electors, electors, d), e -> count[0]++);
        assertThat(count[0]).isEqualTo(electors);
    }

    private static void valid(RegisterEntry e) {
        assertThat(e.number()).isNotNull();
        assertThat(e.number().prefix()).isEqualTo(e.district()).matches("[A-Z]{2}\\d*[1-9]");
        assertThat(e.number().number()).isPositive();
        if (e.anonymous()) {
            assertThat(e.markers().letters()).isEqualTo("N");
            assertThat(e.surname()).isNull();
            assertThat(e.forenames()).isNull();
            assertThat(e.address()).isEmpty();
            assertThat(e.postcode()).isNull();
        } else {
            assertThat(e.surname()).isNotBlank();
            assertThat(e.forenames()).isNotBlank();
            assertThat(e.address().size()).isLessThanOrEqualTo(5);
            if (e.postcode() != null) {
                assertThat(e.postcode()).matches(RegisterShapeTest.POSTCODE);
            }
            assertThat(e.surname() + e.forenames() + String.join("", e.address()))
                    .as("representable in windows-1252").matches(s -> SyntheticFiles.WINDOWS_1252.newEncoder().canEncode(s));
        }
    }
}
