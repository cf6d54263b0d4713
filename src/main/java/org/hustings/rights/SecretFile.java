package org.hustings.rights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.StoreKind;
import org.hustings.store.StoreLocation;

/**
 * Where the suppression list's installation secret lives: a file readable by its owner only,
 * never the database (docs/adr/0210-suppression-secret-outside-the-store.md). In order:
 * <ol>
 *   <li>the system property {@value #PROPERTY} (set by the CLI's {@code --secret-file});</li>
 *   <li>the environment variable {@value #ENV};</li>
 *   <li>for the embedded store, next to its file: {@code hustings.duckdb} → {@code hustings.duckdb.secret};</li>
 *   <li>for PostgreSQL, the user's config folder — {@code $XDG_CONFIG_HOME/hustings} or
 *       {@code ~/.config/hustings}, or the system property {@value #CONFIG_DIR} (tests set it to a
 *       folder under target/) — one file per server, database and schema.</li>
 * </ol>
 * The file holds 64 hex digits and a newline.
 */
public final class SecretFile {
    public static final String PROPERTY = "hustings.secret.file";
    public static final String ENV = "HUSTINGS_SECRET_FILE";
    public static final String CONFIG_DIR = "hustings.config.dir";

    private SecretFile() {
    }

    /** The secret file for this store. */
    public static Path of(StoreLocation location) {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip()).toAbsolutePath();
        }
        if (location.kind() == StoreKind.DUCKDB) {
            Path file = Path.of(location.jdbcUrl().substring("jdbc:duckdb:".length())).toAbsolutePath();
            return file.resolveSibling(file.getFileName() + ".secret");
        }
        String where = location.jdbcUrl().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "")
                + (location.schema() == null ? "" : "-" + location.schema());
        String name = "suppression-" + where.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-") + ".secret";
        return configDir().resolve(name);
    }

    static Path configDir() {
        String dir = System.getProperty(CONFIG_DIR);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("hustings");
    }

    /** The secret in the file, or empty when there is no file. */
    static Optional<byte[]> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!hex.matches("[0-9a-fA-F]{64}")) {
                throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "The suppression secret file " + file
                        + " does not hold 64 hex digits: it is damaged. Restore it from your backup.");
            }
            return Optional.of(HexFormat.of().parseHex(hex));
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not read the suppression secret file " + file + ": " + e.getMessage(), e);
        }
    }

    /** 32 fresh random bytes. */
    static byte[] fresh() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return b;
    }

    /**
     * Writes the secret to the file, readable and writable by its owner only, unless the file exists
     * already (another process made it first): then returns what that file holds. Atomic: a reader
     * never sees a half-written file.
     */
    static byte[] create(Path file, byte[] secret) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".hustings-secret", ".tmp");
            try {
                if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(tmp, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
                }
                Files.writeString(tmp, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.createLink(file, tmp); // fails when the file exists: never replaces a secret
                } catch (FileAlreadyExistsException e) {
                    return read(file).orElseThrow();
                } catch (UnsupportedOperationException | IOException e) {
                    Files.move(tmp, file); // no hard links on this file system: move, which also refuses to replace
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            return secret;
        } catch (FileAlreadyExistsException e) {
            return read(file).orElseThrow();
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "Could not write the suppression secret file " + file + ": " + e.getMessage()
                    + ". Give a writable path with --secret-file or " + ENV + ".", e);
        }
    }

    /** True when the file can be read or written by anyone but its owner (where the file system can say). */
    static boolean tooOpen(Path file) {
        try {
            if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
                return false;
            }
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return !PosixFilePermissions.toString(p).substring(3).equals("------");
        } catch (IOException e) {
            return false;
        }
    }
}
