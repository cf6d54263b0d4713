package org.hustings.rights;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.nio.file.Path;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.Placeholders;
import org.hustings.store.SqlWork;
import org.hustings.store.Store;

/**
 * The suppression list: what is left of an erased person (UK GDPR Art 17) so that no later broker
 * file, canvass return or sign-up brings them back. Each identifier is kept only as
 * HMAC-SHA256(installation secret, kind + ":" + normalised identifier), with the reason and the
 * date — never the identifier — so the list does not say who was erased, and a copy of it without
 * the secret cannot be tested against a guess. The secret lives in a file outside the database
 * ({@link SecretFile}); the store keeps only a verifier, so a missing or different file is an
 * error, never a silent second key. See docs/adr/0170-erasure-and-suppression.md and
 * docs/adr/0210-suppression-secret-outside-the-store.md.
 *
 * <p><b>For importers</b>: before storing a row, ask {@link #isSuppressed(Connection, Identifiers)}
 * inside the load's transaction (one indexed query per row), or for bulk loads take a
 * {@link #snapshot(Connection)} once and ask {@link Snapshot#contains(Identifiers)} per row (no
 * query). A suppressed row must not be stored; count it as refused with the reason
 * {@code suppressed-erased-person} (its values must not go into the problem table either).
 * A register row is the exception: the statutory register is kept as supplied, so the person's
 * row is loaded and they are flagged erased and do-not-contact — {@link Erasure#sweep} does that
 * after a load.
 */
public final class Suppression {
    private final Store store;
    private volatile byte[] secret;

    public Suppression(Store store) {
        this.store = store;
    }

    /** True when any of the identifiers belongs to an erased person; inside the caller's transaction. */
    public boolean isSuppressed(Connection c, Identifiers who) throws SQLException {
        List<SuppressionKey> keys = SuppressionKey.of(who);
        if (keys.isEmpty() || empty(c)) {
            return false;
        }
        byte[] s = secret(c, false);
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM suppression WHERE key_hash = ?")) {
            for (SuppressionKey k : keys) {
                ps.setString(1, hash(s, k));
                try (ResultSet r = ps.executeQuery()) {
                    if (r.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** As {@link #isSuppressed(Connection, Identifiers)}, on its own connection. */
    public boolean isSuppressed(Identifiers who) {
        return store.read(c -> isSuppressed(c, who));
    }

    /** Every suppression hash in memory, for checking a bulk load row by row without a query each. */
    public Snapshot snapshot(Connection c) throws SQLException {
        Set<String> hashes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key_hash FROM suppression"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                hashes.add(r.getString(1));
            }
        }
        // Nobody erased yet: no secret is needed (and none is made) to know that nothing matches.
        return new Snapshot(hashes.isEmpty() ? null : secret(c, false), Set.copyOf(hashes));
    }

    /** The suppression hashes at one moment, with the secret to test rows against them. */
    public static final class Snapshot {
        private final byte[] secret;
        private final Set<String> hashes;

        Snapshot(byte[] secret, Set<String> hashes) {
            this.secret = secret;
            this.hashes = hashes;
        }

        public boolean contains(Identifiers who) {
            return !hashes.isEmpty() && SuppressionKey.of(who).stream().anyMatch(k -> hashes.contains(hash(secret, k)));
        }

        public int size() {
            return hashes.size();
        }
    }

    /** Adds the keys of an erased person inside the caller's transaction, in one statement; returns how many were new. */
    int add(Connection c, List<SuppressionKey> keys, String reason, long requestId, LocalDate on) throws SQLException {
        List<SuppressionKey> distinct = List.copyOf(new java.util.LinkedHashSet<>(keys));
        if (distinct.isEmpty()) {
            return 0;
        }
        byte[] s = secret(c, true);
        // One multi-row INSERT, not one statement per identifier: every statement counts inside an erasure on DuckDB.
        String rows = Placeholders.rows(distinct.size(), 5);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO suppression (key_hash, key_kind, reason, request_id, suppressed_on) "
                + "VALUES " + rows + " ON CONFLICT DO NOTHING")) {
            int i = 1;
            for (SuppressionKey k : distinct) {
                ps.setString(i++, hash(s, k));
                ps.setString(i++, k.kind());
                ps.setString(i++, reason);
                ps.setLong(i++, requestId);
                ps.setDate(i++, Date.valueOf(on));
            }
            return ps.executeUpdate();
        }
    }

    static String hash(byte[] secret, SuppressionKey k) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((k.kind() + ":" + k.text()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    /** The fixed label whose HMAC is the store's verifier of the secret. */
    static final String VERIFIER_LABEL = "hustings suppression secret check v1";

    static String verifier(byte[] secret) {
        return hash(secret, new SuppressionKey("check", VERIFIER_LABEL));
    }

    /**
     * The installation secret from its file ({@link SecretFile}), checked against the store's
     * verifier. On first use with {@code create} it is made (32 random bytes, owner-only file); an
     * old secret still in the database (before V41) is moved out to the file and its row deleted.
     * A store that has suppression entries or a verifier but no file, or a file whose secret does
     * not match, is an error: hashing with another key would silently let erased people back.
     */
    byte[] secret(Connection c, boolean create) throws SQLException {
        byte[] s = secret;
        if (s != null) {
            return s;
        }
        Path file = SecretFile.of(store.location());
        String legacy = single(c, "SELECT secret FROM rights_secret WHERE id = 1");
        String stored = single(c, "SELECT verifier FROM rights_secret_check WHERE id = 1");
        java.util.Optional<byte[]> inFile = SecretFile.read(file);
        if (inFile.isPresent() && SecretFile.tooOpen(file)) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "The suppression secret file " + file + " can be read by other users. "
                    + "Make it private first: chmod 600 " + file);
        }
        boolean moveOut = false;
        if (legacy != null) {
            byte[] old = HexFormat.of().parseHex(legacy);
            if (inFile.isPresent() && !Arrays.equals(inFile.get(), old)) {
                throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "This store still holds its old suppression secret, and the secret "
                        + "file " + file + " holds a different one. Point --secret-file (or " + SecretFile.ENV + ") at a new path, "
                        + "and the old secret will be moved there.");
            }
            s = inFile.isPresent() ? inFile.get() : SecretFile.create(file, old);
            moveOut = true;
        } else if (inFile.isPresent()) {
            s = inFile.get();
            if (stored != null && !stored.equals(verifier(s))) {
                throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "The suppression secret file " + file + " does not belong to this store: "
                        + "its secret does not match the store's check. Erased people could come back if it were used. Point --secret-file "
                        + "(or " + SecretFile.ENV + ") at this store's own secret file, restored from your backup.");
            }
        } else {
            if (stored != null || !empty(c)) {
                throw new HustingsException(ErrorCode.STORE_UNAVAILABLE, "The suppression secret file " + file + " is missing, but this store "
                        + "has erased people keyed with it. Without it nobody can be checked against the suppression list. Restore the file "
                        + "from your backup, or point --secret-file (or " + SecretFile.ENV + ") at it.");
            }
            if (!create) {
                return null;
            }
            s = SecretFile.create(file, SecretFile.fresh());
        }
        if (moveOut || stored == null) {
            byte[] key = s;
            boolean move = moveOut;
            SqlWork<Void> record = w -> {
                PersonRows.execute(w, "INSERT INTO rights_secret_check (id, verifier) VALUES (1, ?) ON CONFLICT DO NOTHING", verifier(key));
                if (move) {
                    PersonRows.execute(w, "DELETE FROM rights_secret WHERE id = 1");
                }
                return null;
            };
            if (c.getAutoCommit()) {
                store.write(record);
            } else {
                record.run(c);
            }
        }
        secret = s;
        return s;
    }

    private static boolean empty(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM suppression LIMIT 1"); ResultSet r = ps.executeQuery()) {
            return !r.next();
        }
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet r = ps.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
