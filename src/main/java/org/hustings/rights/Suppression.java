package org.hustings.rights;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hustings.store.Store;

/**
 * The suppression list: what is left of an erased person (UK GDPR Art 17) so that no later broker
 * file, canvass return or sign-up brings them back. Each identifier is kept only as
 * HMAC-SHA256(installation secret, kind + ":" + normalised identifier), with the reason and the
 * date — never the identifier — so the list does not say who was erased, and a copy of it without
 * the secret cannot be tested against a guess. See docs/adr/0170-erasure-and-suppression.md.
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
        if (keys.isEmpty()) {
            return false;
        }
        byte[] s = secret(c);
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
        byte[] s = secret(c);
        Set<String> hashes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key_hash FROM suppression"); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                hashes.add(r.getString(1));
            }
        }
        return new Snapshot(s, Set.copyOf(hashes));
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
            return SuppressionKey.of(who).stream().anyMatch(k -> hashes.contains(hash(secret, k)));
        }

        public int size() {
            return hashes.size();
        }
    }

    /** Adds the keys of an erased person inside the caller's transaction; returns how many were new. */
    int add(Connection c, List<SuppressionKey> keys, String reason, long requestId, LocalDate on) throws SQLException {
        byte[] s = secret(c);
        int added = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO suppression (key_hash, key_kind, reason, request_id, suppressed_on) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (SuppressionKey k : new HashSet<>(keys)) {
                ps.setString(1, hash(s, k));
                ps.setString(2, k.kind());
                ps.setString(3, reason);
                ps.setLong(4, requestId);
                ps.setDate(5, Date.valueOf(on));
                added += ps.executeUpdate();
            }
        }
        return added;
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

    /** The installation secret: 32 random bytes made on first use and kept in {@code rights_secret}. */
    private byte[] secret(Connection c) throws SQLException {
        byte[] s = secret;
        if (s != null) {
            return s;
        }
        String hex = readSecret(c);
        if (hex == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            if (c.getAutoCommit()) {
                store.write(w -> PersonRows.execute(w, "INSERT INTO rights_secret (id, secret) VALUES (1, ?) ON CONFLICT DO NOTHING",
                        HexFormat.of().formatHex(fresh)));
            } else {
                PersonRows.execute(c, "INSERT INTO rights_secret (id, secret) VALUES (1, ?) ON CONFLICT DO NOTHING", HexFormat.of().formatHex(fresh));
            }
            hex = readSecret(c);
            if (hex == null) {
                // A read-only connection that cannot see the new row yet: nothing can have been suppressed with it.
                return fresh;
            }
        }
        s = HexFormat.of().parseHex(hex);
        secret = s;
        return s;
    }

    private static String readSecret(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret FROM rights_secret WHERE id = 1"); ResultSet r = ps.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
