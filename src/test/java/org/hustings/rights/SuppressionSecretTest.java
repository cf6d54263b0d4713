package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HexFormat;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The suppression list's installation secret lives in an owner-only file, never in the store; the
 * store keeps a verifier, so a missing or foreign secret file is an error, and an old in-database
 * secret is moved out to the file (docs/adr/0210-suppression-secret-outside-the-store.md).
 */
class SuppressionSecretTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theFirstErasureMakesAnOwnerOnlySecretFileAndTheStoreKeepsOnlyAVerifier(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            Path file = SecretFile.of(t.store().location());
            assertThat(file).as("tests never write into the user's home").doesNotExist()
                    .satisfies(p -> assertThat(p.startsWith(Path.of(System.getProperty("user.home"), ".config"))).isFalse());
            AccessReplyTest.world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            assertThat(new Suppression(t.store()).isSuppressed(Identifiers.ofEmail("ada@example.org"))).isFalse();
            assertThat(file).as("no secret is made before anyone is erased").doesNotExist();

            new Erasure(t.store(), requests).erase("dpo", ActingOnRightsTest.request(requests, RequestKind.ERASURE, 1));
            assertThat(file).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            String hex = Files.readString(file).strip();
            assertThat(hex).matches("[0-9a-f]{64}");
            assertThat(ActingOnRightsTest.count(t.store(), "SELECT count(*) FROM rights_secret")).isZero();
            String verifier = t.store().read(c -> PersonRows.ids(c, "SELECT 1 FROM rights_secret_check WHERE verifier = ?",
                    Suppression.verifier(HexFormat.of().parseHex(hex)))).isEmpty() ? null : "ok";
            assertThat(verifier).as("the store holds the verifier of the file's secret").isEqualTo("ok");
            assertThat(ActingOnRightsTest.count(t.store(), "SELECT count(*) FROM rights_secret_check WHERE verifier = '" + hex + "'")).isZero();
            assertThat(new Suppression(t.store()).isSuppressed(Identifiers.ofEmail("ada@example.org"))).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aMissingOrForeignSecretFileIsAnErrorNotASilentNewKey(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            AccessReplyTest.world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            new Erasure(t.store(), requests).erase("dpo", ActingOnRightsTest.request(requests, RequestKind.ERASURE, 1));
            Path file = SecretFile.of(t.store().location());
            String real = Files.readString(file);

            Files.delete(file);
            assertThatThrownBy(() -> new Suppression(t.store()).isSuppressed(Identifiers.ofEmail("ada@example.org")))
                    .hasMessageContaining("is missing").hasMessageContaining(file.toString()).hasMessageContaining("--secret-file");
            assertThatThrownBy(() -> t.store().read(c -> new Suppression(t.store()).snapshot(c))).hasMessageContaining("is missing");
            assertThat(file).as("a missing secret is never replaced by a new one").doesNotExist();

            SecretFile.create(file, SecretFile.fresh());
            assertThatThrownBy(() -> new Suppression(t.store()).isSuppressed(Identifiers.ofEmail("ada@example.org")))
                    .hasMessageContaining("does not belong to this store");

            Files.delete(file);
            Files.writeString(file, real);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            assertThatThrownBy(() -> new Suppression(t.store()).isSuppressed(Identifiers.ofEmail("ada@example.org")))
                    .hasMessageContaining("chmod 600");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            assertThat(new Suppression(t.store()).isSuppressed(Identifiers.ofEmail("ada@example.org"))).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anOldSecretInTheStoreIsMovedOutToTheFileAndStillMatches(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            byte[] old = SecretFile.fresh();
            String hash = Suppression.hash(old, SuppressionKey.of(Identifiers.ofEmail("gone@example.org")).get(0));
            t.store().write(c -> {
                PersonRows.execute(c, "INSERT INTO rights_secret (id, secret) VALUES (1, ?)", HexFormat.of().formatHex(old));
                PersonRows.execute(c, "INSERT INTO suppression (key_hash, key_kind, reason, request_id, suppressed_on) VALUES (?, 'email', "
                        + "'erasure', 1, ?)", hash, Date.valueOf(LocalDate.of(2026, 1, 1)));
                return null;
            });
            Path file = SecretFile.of(t.store().location());
            assertThat(file).doesNotExist();

            assertThat(new Suppression(t.store()).isSuppressed(Identifiers.ofEmail(" Gone@Example.org"))).isTrue();
            assertThat(Files.readString(file).strip()).isEqualTo(HexFormat.of().formatHex(old));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(ActingOnRightsTest.count(t.store(), "SELECT count(*) FROM rights_secret")).as("the key has left the store").isZero();
            assertThat(ActingOnRightsTest.count(t.store(), "SELECT count(*) FROM rights_secret_check")).isEqualTo(1);
            assertThat(new Suppression(t.store()).isSuppressed(Identifiers.ofEmail("gone@example.org"))).isTrue();
            assertThat(new Suppression(t.store()).isSuppressed(Identifiers.ofEmail("here@example.org"))).isFalse();
        }
    }
}
