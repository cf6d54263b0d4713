package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal-looking values are refused before they can reach the (unerasable) ledger. */
class MinimisationTest {

    private static LedgerEntry withDetail(Object value) {
        return new LedgerEntry("cli", "gate.read", "purpose:email", Map.of("value", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jane.smith@example.org", "John Smith", "12 High Street", "07700900123", "+447700900123",
            "Zoë", "line\nbreak", "say \"hi\"", "back\\slash"})
    void personalLookingTextsAreRefused(String text) {
        assertThatThrownBy(() -> withDetail(text)).isInstanceOf(HustingsException.class)
                .satisfies(e -> assertThat(((HustingsException) e).code()).isEqualTo(ErrorCode.REFUSED));
        assertThatThrownBy(() -> new LedgerEntry("cli", "gate.read", text, Map.of())).isInstanceOf(HustingsException.class);
        assertThatThrownBy(() -> new LedgerEntry(text, "gate.read", "s", Map.of())).isInstanceOf(HustingsException.class);
    }

    @Test
    void theRefusalSaysWhyInPlainWords() {
        assertThatThrownBy(() -> withDetail("a@b")).hasMessageContaining("email address").hasMessageContaining("Art 17");
        assertThatThrownBy(() -> withDetail("x".repeat(201))).hasMessageContaining("longer than 200");
        assertThatThrownBy(() -> new LedgerEntry("cli", "gate.read", "s", Map.of("note", List.of("ok", "Mrs Jones"))))
                .hasMessageContaining("'note[]'").hasMessageContaining("space");
    }

    @Test
    void theSafeShapesAreKept() {
        assertThatCode(() -> new LedgerEntry("web:17", "export.audience", "audience:9", Map.of(
                "sha256", "9f".repeat(32), "fields", List.of("contact.email", "contact.phone"), "people", 120_000L,
                "share", new BigDecimal("0.25"), "dry_run", false, "refused", Map.of("art21.objection", 12, "pecr.reg22", 3),
                "edition", "2026-12-01", "code", "x".repeat(200)))).doesNotThrowAnyException();
    }

    @Test
    void otherValueTypesNullsAndBadActionsAreRefused() {
        assertThatThrownBy(() -> withDetail(LocalDate.of(2026, 1, 1))).hasMessageContaining("LocalDate");
        assertThatThrownBy(() -> withDetail(Double.NaN)).hasMessageContaining("finite");
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> new LedgerEntry("cli", "gate.read", "s", withNull)).hasMessageContaining("null");
        assertThatThrownBy(() -> new LedgerEntry("cli", "Gate Read", "s", Map.of())).hasMessageContaining("dotted code");
        assertThatThrownBy(() -> new LedgerEntry("", "gate.read", "s", Map.of())).hasMessageContaining("no actor");
        assertThatThrownBy(() -> new LedgerEntry("cli", "gate.read", "s", Map.of("a", Map.of("b", Map.of("c", Map.of("d", Map.of("e", 1)))))))
                .hasMessageContaining("nested");
        assertThatThrownBy(() -> new LedgerEntry("cli", "gate.read", "s", Map.of("bad key", 1))).hasMessageContaining("space");
    }

    @Test
    void detailsAreFrozenAndNumbersWrittenCanonically() {
        Map<String, Object> given = new HashMap<>(Map.of("b", 2.50, "a", 10L, "c", new BigDecimal("1E+3"), "d", -0.0));
        LedgerEntry e = new LedgerEntry("cli", "gate.read", "s", given);
        given.put("z", 1);
        assertThat(e.details()).doesNotContainKey("z");
        assertThat(CanonicalForm.details(e.details())).isEqualTo("{\"a\":10,\"b\":2.5,\"c\":1000,\"d\":0}");
    }
}
