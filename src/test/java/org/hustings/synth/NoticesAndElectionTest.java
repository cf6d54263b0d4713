package org.hustings.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Marker;
import org.hustings.register.RegisterEntry;
import org.junit.jupiter.api.Test;

/** Monthly notices alter the first edition; the election's lists fit the register of polling day. */
class NoticesAndElectionTest {
    private final Generated g = Generated.large();

    @Test
    void noticesAddWithSuffixesAmendAndDeleteExistingEntriesEachMonth() {
        Set<ElectorNumber> published = g.first.stream().map(RegisterEntry::number).collect(Collectors.toSet());
        Map<Integer, Map<Alteration.Action, Long>> byMonth = g.notices.stream().collect(Collectors.groupingBy(
                NoticeRow::notice, Collectors.groupingBy(r -> r.alteration().action(), Collectors.counting())));
        assertThat(byMonth).containsOnlyKeys(1, 2, 3);
        byMonth.values().forEach(m -> assertThat(m).containsOnlyKeys(Alteration.Action.values()));
        for (NoticeRow r : g.notices) {
            assertThat(r.month()).isEqualTo(YearMonth.from(g.spec.edition()).plusMonths(r.notice()));
            ElectorNumber n = r.alteration().entry().number();
            if (r.alteration().action() == Alteration.Action.CREATE) {
                assertThat(n.suffix()).as("late insertion %s", n).isPositive();
                assertThat(published.contains(n)).as("%s already published", n).isFalse();
                assertThat(published.contains(new ElectorNumber(n.prefix(), n.number(), 0))).as("%s follows an entry", n).isTrue();
            } else {
                assertThat(published.contains(n)).as("%s of %s", r.alteration().action(), n).isTrue();
            }
        }
        long all = g.notices.stream().map(r -> r.alteration().entry().number()).distinct().count();
        assertThat(all).as("a number appears once in all the notices").isEqualTo(g.notices.size());
        assertThat(g.notices.stream().filter(NoticeRow::createdAndDeleted)).isNotEmpty();
    }

    @Test
    void eligibilityReviewChangesGtoBOnANotice() {
        Map<ElectorNumber, RegisterEntry> first = g.first.stream().collect(Collectors.toMap(RegisterEntry::number, e -> e));
        long gToB = g.notices.stream().filter(r -> r.alteration().action() == Alteration.Action.AMEND)
                .filter(r -> r.alteration().entry().markers().has(Marker.B)
                        && first.get(r.alteration().entry().number()).markers().has(Marker.G)).count();
        assertThat(gToB).isPositive();
    }

    @Test
    void aboutTwoThirdsVoteAQuarterOfThemByPost() {
        Map<ElectionMark.Mark, Long> by = g.marks.stream().collect(Collectors.groupingBy(ElectionMark::mark, Collectors.counting()));
        double all = g.marks.size();
        double voted = by.get(ElectionMark.Mark.IN_PERSON) + by.get(ElectionMark.Mark.POSTAL);
        assertThat(voted / all).isCloseTo(0.65, within(0.03));
        assertThat(by.get(ElectionMark.Mark.POSTAL) / voted).isCloseTo(0.25, within(0.03));
        assertThat(g.marks.stream().map(ElectionMark::number).distinct().count()).isEqualTo(g.marks.size());
        assertThat(all / g.first.size()).isCloseTo(1.0, within(0.02));
    }

    @Test
    void absentVoterRatesAndReturnedFlags() {
        Map<AbsentVoter.Kind, Long> by = g.absent.stream().collect(Collectors.groupingBy(AbsentVoter::kind, Collectors.counting()));
        double n = g.marks.size();
        assertThat(by.get(AbsentVoter.Kind.POSTAL) / n).isCloseTo(0.20, within(0.02));
        assertThat(by.get(AbsentVoter.Kind.PROXY) / n).isCloseTo(0.01, within(0.003));
        assertThat(by.get(AbsentVoter.Kind.POSTAL_PROXY) / n).isCloseTo(0.002, within(0.0012));
        Map<ElectorNumber, ElectionMark.Mark> marks = g.marks.stream().collect(Collectors.toMap(ElectionMark::number, ElectionMark::mark));
        for (AbsentVoter v : g.absent) {
            if (v.kind() == AbsentVoter.Kind.PROXY) {
                assertThat(v.returned()).isNull();
                assertThat(v.proxyName()).isNotBlank();
                assertThat(marks.get(v.number())).isNotEqualTo(ElectionMark.Mark.POSTAL);
            } else {
                assertThat(marks.get(v.number())).isEqualTo(v.returned() ? ElectionMark.Mark.POSTAL : ElectionMark.Mark.NOT_VOTED);
            }
        }
    }

    @Test
    void noVoteForThoseWithoutTheParliamentaryFranchise() {
        Map<ElectorNumber, RegisterEntry> first = g.first.stream().collect(Collectors.toMap(RegisterEntry::number, e -> e));
        long checked = 0;
        for (ElectionMark m : g.marks) {
            RegisterEntry e = first.get(m.number());
            if (e != null && (e.markers().has(Marker.G) || e.markers().has(Marker.B) || e.markers().has(Marker.L)
                    || (e.attainerDate() != null && e.attainerDate().isAfter(g.spec.election().held())))) {
                assertThat(m.mark()).as("%s %s", e.number(), e.markers()).isEqualTo(ElectionMark.Mark.NOT_VOTED);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
