package org.hustings.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.hustings.register.Marker;
import org.hustings.register.RegisterEntry;
import org.junit.jupiter.api.Test;

/** The first edition looks like a real register: numbering, street order, postcodes, rates. */
class RegisterShapeTest {
    /** UK postcode format (inward letters never C, I, K, M, O or V). */
    static final Pattern POSTCODE = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}$");
    private static final Pattern HOUSE = Pattern.compile("^(\\d+) (.+)$");

    private final Generated g = Generated.large();

    @Test
    void exactlyTheElectorsAskedForNumberedFromOneInEachDistrict() {
        assertThat(g.first).hasSize(120_000);
        Map<String, Integer> last = new LinkedHashMap<>();
        for (RegisterEntry e : g.first) {
            assertThat(e.number().suffix()).isZero();
            assertThat(e.number().prefix()).isEqualTo(e.district());
            int expected = last.getOrDefault(e.district(), 0) + 1;
            assertThat(e.number().number()).as("number of %s", e.number()).isEqualTo(expected);
            last.put(e.district(), expected);
        }
        assertThat(last).hasSize(40);
        assertThat(last.keySet()).startsWith("AA1", "AB2", "AC3");
        assertThat(last.values()).allSatisfy(n -> assertThat(n).isEqualTo(3_000));
    }

    @Test
    void postcodesAreValidAndShareOneOutwardCodePerDistrict() {
        Map<String, Set<String>> outward = new HashMap<>();
        Map<String, Set<String>> unitsPerStreet = new HashMap<>();
        for (RegisterEntry e : g.first) {
            if (e.postcode() == null) {
                continue;
            }
            assertThat(e.postcode()).matches(POSTCODE);
            outward.computeIfAbsent(e.district(), k -> new HashSet<>()).add(e.postcode().split(" ")[0]);
            unitsPerStreet.computeIfAbsent(e.district() + "|" + street(e), k -> new HashSet<>()).add(e.postcode());
        }
        assertThat(outward.values()).allSatisfy(s -> assertThat(s).hasSize(1));
        assertThat(unitsPerStreet.values()).allSatisfy(s -> assertThat(s.size()).isBetween(1, 3));
        assertThat(unitsPerStreet.values().stream().filter(s -> s.size() > 1).count()).isPositive();
    }

    @Test
    void streetsInAlphabeticalOrderHousesOddSideThenEvenSide() {
        Map<String, List<Integer>> houses = new LinkedHashMap<>();
        String lastDistrict = "";
        String lastStreet = "";
        for (RegisterEntry e : g.first) {
            if (e.address().isEmpty()) {
                continue;
            }
            String street = street(e);
            if (e.district().equals(lastDistrict) && !street.equals(lastStreet)) {
                assertThat(street).as("street after %s in %s", lastStreet, e.district()).isGreaterThan(lastStreet);
            }
            List<Integer> seq = houses.computeIfAbsent(e.district() + "|" + street, k -> new ArrayList<>());
            int n = houseNumber(e);
            if (seq.isEmpty() || seq.get(seq.size() - 1) != n) {
                seq.add(n);
            }
            lastDistrict = e.district();
            lastStreet = street;
        }
        int twoSided = 0;
        for (var s : houses.entrySet()) {
            List<Integer> seq = s.getValue();
            int split = 0;
            while (split + 1 < seq.size() && seq.get(split + 1) > seq.get(split)) {
                split++;
            }
            List<Integer> rest = seq.subList(split + 1, seq.size());
            if (!rest.isEmpty()) {
                twoSided++;
                assertThat(seq.subList(0, split + 1)).as(s.getKey()).allMatch(n -> n % 2 == 1);
                assertThat(rest).as(s.getKey()).allMatch(n -> n % 2 == 0).isSorted().doesNotHaveDuplicates();
            }
        }
        assertThat(twoSided).as("streets numbered odd side then even side").isGreaterThan(houses.size() / 2);
    }

    @Test
    void anonymousElectorsCarryNumberAndNOnly() {
        List<RegisterEntry> anon = g.first.stream().filter(RegisterEntry::anonymous).toList();
        assertThat(anon).isNotEmpty().allSatisfy(e -> {
            assertThat(e.markers().letters()).isEqualTo("N");
            assertThat(e.surname()).isNull();
            assertThat(e.forenames()).isNull();
            assertThat(e.title()).isNull();
            assertThat(e.address()).isEmpty();
            assertThat(e.postcode()).isNull();
        });
    }

    @Test
    void otherElectorsComeLastInTheirDistrict() {
        Map<String, Boolean> seenOther = new HashMap<>();
        int others = 0;
        for (RegisterEntry e : g.first) {
            if (e.otherElector()) {
                others++;
                assertThat(e.surname()).isNotNull();
                seenOther.put(e.district(), true);
            } else if (!e.anonymous()) {
                assertThat(seenOther.getOrDefault(e.district(), false)).as("%s after the other electors", e.number()).isFalse();
            }
        }
        assertThat(others).isBetween(20, 120);
    }

    @Test
    void markerAttainerAndOptOutRatesAsReal() {
        assertThat(rate(e -> e.markers().has(Marker.N))).isCloseTo(0.001, within(0.0005));
        assertThat(rate(e -> e.markers().has(Marker.F))).isCloseTo(0.005, within(0.0015));
        assertThat(rate(e -> e.markers().has(Marker.G) || e.markers().has(Marker.B))).isCloseTo(0.02, within(0.004));
        assertThat(rate(e -> e.markers().has(Marker.L))).isCloseTo(0.0005, within(0.0004));
        assertThat(rate(e -> e.markers().has(Marker.Z))).isCloseTo(0.005, within(0.0015));
        assertThat(rate(e -> !e.markers().unknown().isEmpty())).isGreaterThan(0).isLessThan(0.0006);
        assertThat(rate(e -> e.attainerDate() != null)).isCloseTo(0.015, within(0.004));
        assertThat(rate(RegisterEntry::optedOut)).isCloseTo(0.008, within(0.002));
        assertThat(rate(e -> e.address().size() > 0 && e.address().get(0).startsWith("Flat "))).isBetween(0.01, 0.15);
    }

    @Test
    void attainersComeOfAgeWithinTheComingYear() {
        assertThat(g.first.stream().filter(e -> e.attainerDate() != null)).allSatisfy(e -> {
            assertThat(e.attainerDate()).isAfterOrEqualTo(g.spec.edition()).isBefore(g.spec.edition().plusYears(1));
            assertThat(e.birthDate()).isEqualTo(e.attainerDate().minusYears(18));
        });
    }

    @Test
    void householdsMostlyShareASurnameAndSomeNamesAreUnusual() {
        Map<String, List<String>> byAddress = new HashMap<>();
        for (RegisterEntry e : g.first) {
            if (!e.address().isEmpty()) {
                byAddress.computeIfAbsent(String.join("|", e.address()), k -> new ArrayList<>()).add(e.surname());
            }
        }
        long shared = 0;
        long members = 0;
        for (List<String> names : byAddress.values()) {
            if (names.size() > 1) {
                members += names.size() - 1;
                shared += names.subList(1, names.size()).stream().filter(n -> n.equals(names.get(0))).count();
            }
        }
        assertThat(shared / (double) members).isBetween(0.7, 0.95);
        assertThat(g.first.stream().filter(e -> e.surname() != null && e.surname().contains("'"))).isNotEmpty();
        assertThat(g.first.stream().filter(e -> e.forenames() != null && e.forenames().chars().anyMatch(c -> c > 127))).isNotEmpty();
        assertThat(g.first.stream().map(RegisterEntry::title).filter(t -> t != null).distinct())
                .contains("Mr", "Mrs", "Ms", "Miss", "Dr");
    }

    private double rate(Predicate<RegisterEntry> p) {
        return g.first.stream().filter(p).count() / (double) g.first.size();
    }

    static String street(RegisterEntry e) {
        String line = e.address().get(0).startsWith("Flat ") ? e.address().get(1) : e.address().get(0);
        var m = HOUSE.matcher(line);
        assertThat(m.matches()).as("house line %s", line).isTrue();
        return m.group(2);
    }

    static int houseNumber(RegisterEntry e) {
        String line = e.address().get(0).startsWith("Flat ") ? e.address().get(1) : e.address().get(0);
        var m = HOUSE.matcher(line);
        assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
