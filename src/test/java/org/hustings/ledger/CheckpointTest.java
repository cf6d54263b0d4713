package org.hustings.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.hustings.HustingsException;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chain has no secret key: a forger who recomputes every hash after an edit passes a plain
 * verify. A head noted earlier outside Hustings catches the rewrite.
 */
class CheckpointTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aFullRewritePassesAPlainVerifyButNotTheCheckpoint(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Ledger ledger = new Ledger(t.store());
            for (int n = 1; n <= 5; n++) {
                ledger.append(new LedgerEntry("web:" + n, "export.audience", "audience:" + n, Map.of("people", n), List.of((long) n)));
            }
            Verification.Intact noted = (Verification.Intact) ledger.verify();
            Checkpoint checkpoint = Checkpoint.parse(noted.entries() + ":" + noted.headHash().toUpperCase());
            assertThat(ledger.verifyThrough(checkpoint)).isEqualTo(noted);
            ledger.append(new LedgerEntry("cli", "config.source", "source:ero", Map.of()));
            assertThat(ledger.verifyThrough(checkpoint).intact()).as("later entries do not disturb an earlier checkpoint").isTrue();

            Forger f = new Forger(t.store());
            f.sql("UPDATE ledger_entry SET actor = 'web:9' WHERE seq = 2");
            f.rewriteFrom(2);
            assertThat(ledger.verify().intact()).as("the limit: a full rewrite is invisible without a checkpoint").isTrue();

            Verification v = ledger.verifyThrough(checkpoint);
            assertThat(v).isInstanceOf(Verification.Broken.class);
            Verification.Broken b = (Verification.Broken) v;
            assertThat(b.position()).isEqualTo(5);
            assertThat(b.tampering()).isEqualTo(Tampering.EDITED);
            assertThat(b.reason()).contains("rewritten");

            Verification beyond = ledger.verifyThrough(new Checkpoint(9, noted.headHash()));
            assertThat(beyond).isInstanceOf(Verification.Broken.class);
            assertThat(((Verification.Broken) beyond).tampering()).isEqualTo(Tampering.DELETED);
            assertThat(((Verification.Broken) beyond).position()).isEqualTo(7);
        }
    }

    @Test
    void aCheckpointIsAnEntryNumberAndA64CharacterHash() {
        assertThat(Checkpoint.parse(" 12:" + "AB".repeat(32) + " ")).isEqualTo(new Checkpoint(12, "ab".repeat(32)));
        assertThatThrownBy(() -> Checkpoint.parse("12-abc")).isInstanceOf(HustingsException.class).hasMessageContaining("colon");
        assertThatThrownBy(() -> new Checkpoint(0, "a".repeat(64))).hasMessageContaining("1 or more");
    }
}
