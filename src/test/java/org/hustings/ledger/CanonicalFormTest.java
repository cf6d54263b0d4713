package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical form is exactly what package-info documents. The expected hashes were computed
 * outside Java, with {@code printf '%s' "$MESSAGE" | sha256sum}, so an auditor's tool agrees.
 */
class CanonicalFormTest {

    @Test
    void theWorkedExampleInPackageInfoHashesAsDocumented() {
        String time = CanonicalForm.time(Instant.parse("2026-01-01T00:00:00Z"));
        String empty = CanonicalForm.persons(List.of()).sha256();
        assertThat(empty).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        String message = CanonicalForm.message(1, time, "cli", "config.source", "source:ero", CanonicalForm.details(Map.of()),
                0, empty, CanonicalForm.GENESIS);
        assertThat(message).isEqualTo("{\"action\":\"config.source\",\"actor\":\"cli\",\"details\":{},\"persons\":{\"count\":0,"
                + "\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"},\"previous\":\""
                + "0".repeat(64) + "\",\"seq\":1,\"subject\":\"source:ero\",\"time\":\"2026-01-01T00:00:00.000000Z\","
                + "\"version\":\"hustings-ledger-1\"}");
        assertThat(CanonicalForm.hash(1, time, "cli", "config.source", "source:ero", "{}", 0, empty, CanonicalForm.GENESIS))
                .isEqualTo("79276108895621f8c1880f93ad8100761b114ee2adc875a6dbda38bba99e5efb");
    }

    @Test
    void personIdsAreSortedDistinctDecimalLinesBeforeHashing() {
        CanonicalForm.Persons p = CanonicalForm.persons(List.of(3L, 1L, 2L, 3L));
        assertThat(p.ids()).containsExactly(1L, 2L, 3L);
        assertThat(p.count()).isEqualTo(3);
        assertThat(p.sha256()).isEqualTo("14c5e74c4b96ccef41cd94db73a9ec3348038ac094feca4fd897cecffa07cdae");
    }

    @Test
    void timeAlwaysHasSixFractionalDigitsInUtc() {
        assertThat(CanonicalForm.time(Instant.parse("2026-11-22T09:37:50.1234567Z"))).isEqualTo("2026-11-22T09:37:50.123456Z");
        assertThat(CanonicalForm.time(Instant.parse("2026-11-22T09:37:50Z"))).isEqualTo("2026-11-22T09:37:50.000000Z");
    }

    @Test
    void nestedKeysAreSortedAndNumbersPlain() {
        assertThat(CanonicalForm.details(Map.of("z", Map.of("b", 1e-7, "a", 12345678901234L), "a", List.of(1.10, 3))))
                .isEqualTo("{\"a\":[1.1,3],\"z\":{\"a\":12345678901234,\"b\":0.0000001}}");
    }
}
