package org.hustings.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hustings.register.Alteration;
import org.hustings.register.ElectorNumber;
import org.hustings.register.MatchKey;
import org.hustings.register.RegisterEntry;
import org.junit.jupiter.api.Test;

/** The next edition re-numbers everyone; the truth file says who is who. */
class RolloverTruthTest {
    private final Generated g = Generated.large();

    @Test
    void nextEditionIsRenumberedFromOneWithoutSuffixes() {
        Map<String, Integer> last = new HashMap<>();
        for (RegisterEntry e : g.next) {
            int expected = last.getOrDefault(e.district(), 0) + 1;
            assertThat(e.number()).isEqualTo(new ElectorNumber(e.district(), expected, 0));
            last.put(e.district(), expected);
        }
        long renumbered = g.truth.stream().filter(t -> t.status() == RolloverTruth.Status.UNCHANGED)
                .filter(t -> t.first().number() != t.next().number()).count();
        assertThat(renumbered).as("unchanged people whose number changed").isGreaterThan(g.first.size() / 2);
    }

    @Test
    void aboutFourPercentMoveOutAndThreePercentArrive() {
        Map<RolloverTruth.Status, Long> by = g.truth.stream()
                .collect(Collectors.groupingBy(RolloverTruth::status, Collectors.counting()));
        double base = g.first.size();
        assertThat(by.get(RolloverTruth.Status.MOVED_OUT) / base).isCloseTo(0.04, within(0.008));
        assertThat(by.get(RolloverTruth.Status.NEW) / base).isCloseTo(0.03, within(0.008));
        assertThat(by.get(RolloverTruth.Status.UNCHANGED) / (double) g.truth.size()).isCloseTo(0.93, within(0.02));
        assertThat(by.get(RolloverTruth.Status.RENAMED)).isPositive();
        assertThat(by.get(RolloverTruth.Status.ANONYMOUS)).isPositive();
        long inBoth = g.truth.stream().filter(t -> t.first() != null && t.next() != null).count();
        assertThat(g.next).hasSize((int) (inBoth + by.get(RolloverTruth.Status.NEW)));
    }

    @Test
    void truthMapsAtLeastNinetyPercentOfPeopleAndEachMappingIsTheSamePerson() {
        // The first number may be a late insertion from a notice, so its entry comes from the notice.
        Map<ElectorNumber, RegisterEntry> before = g.first.stream()
                .collect(Collectors.toMap(RegisterEntry::number, Function.identity()));
        g.notices.stream().filter(r -> r.alteration().action() == Alteration.Action.CREATE && !r.createdAndDeleted())
                .forEach(r -> before.put(r.alteration().entry().number(), r.alteration().entry()));
        Map<ElectorNumber, RegisterEntry> after = g.next.stream()
                .collect(Collectors.toMap(RegisterEntry::number, Function.identity()));
        long mapped = 0;
        for (RolloverTruth t : g.truth) {
            if (t.status() != RolloverTruth.Status.UNCHANGED) {
                continue;
            }
            RegisterEntry a = before.get(t.first());
            RegisterEntry b = after.get(t.next());
            assertThat(a).as("first-edition entry %s", t.first()).isNotNull();
            assertThat(b).as("next-edition entry %s", t.next()).isNotNull();
            assertThat(MatchKey.of(b)).as("%s -> %s", t.first(), t.next()).isNotNull().isEqualTo(MatchKey.of(a));
            mapped++;
        }
        assertThat(mapped / (double) g.first.size()).isGreaterThanOrEqualTo(0.90);
        // moved-out people are not on the next edition under their key
        Map<String, Long> nextKeys = g.next.stream().map(MatchKey::of).filter(k -> k != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long movedButFound = g.truth.stream().filter(t -> t.status() == RolloverTruth.Status.MOVED_OUT)
                .map(t -> before.get(t.first())).filter(e -> e != null && nextKeys.containsKey(MatchKey.of(e))).count();
        assertThat(movedButFound).isLessThan(10);
    }

    @Test
    void noTwoEntriesOfAnEditionShareAMatchKey() {
        for (var edition : java.util.List.of(g.first, g.next)) {
            var keys = edition.stream().map(MatchKey::of).filter(k -> k != null).toList();
            assertThat(new java.util.HashSet<>(keys)).hasSameSizeAs(keys);
        }
    }

    @Test
    void attainersOfTheFirstEditionHaveComeOfAgeOnTheNext() {
        assertThat(g.next.stream().filter(e -> e.attainerDate() != null)).isNotEmpty().allSatisfy(e ->
                assertThat(e.attainerDate()).isAfterOrEqualTo(g.spec.nextEditionDate()));
        double rate = g.next.stream().filter(e -> e.attainerDate() != null).count() / (double) g.next.size();
        assertThat(rate).isCloseTo(0.013, within(0.005));
    }
}
