package org.hustings.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hustings.store.Store;

/**
 * Server-side sessions in {@code staff_session}. The cookie carries 32 random bytes; the store
 * keeps only their SHA-256, the user, the CSRF token and three times. A session ends after
 * {@link #IDLE} without a request or {@link #ABSOLUTE} after login, whichever comes first
 * (OWASP Session Management Cheat Sheet). The last-seen time is written at most once a minute,
 * so reading pages does not turn into a stream of writes.
 */
final class Sessions {
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration ABSOLUTE = Duration.ofHours(12);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Store store;
    private final Clock clock;

    Sessions(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Creates a session for the user and returns the cookie token (never stored as such). */
    LoginOutcome.LoggedIn create(StaffUser user) {
        String token = Tokens.random();
        String csrf = Tokens.random();
        Instant now = clock.instant();
        Instant expires = now.plus(ABSOLUTE);
        store.write(c -> {
            // Sessions abandoned without logout are cleared whenever someone logs in.
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_session WHERE expires_at <= ? OR last_seen_at <= ?")) {
                Instants.set(ps, 1, now);
                Instants.set(ps, 2, now.minus(IDLE));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_session "
                    + "(token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, Tokens.sha256(token));
                ps.setLong(2, user.id());
                ps.setString(3, csrf);
                Instants.set(ps, 4, now);
                Instants.set(ps, 5, now);
                Instants.set(ps, 6, expires);
                ps.executeUpdate();
            }
            return null;
        });
        return new LoginOutcome.LoggedIn(token, new Session(user, csrf, now, now, expires));
    }

    /** The live session for a cookie token; an expired or idle one is deleted and not returned. */
    Optional<Session> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        Optional<Session> found = store.read(c -> load(c, hash));
        if (found.isEmpty()) {
            return found;
        }
        Session s = found.get();
        Instant now = clock.instant();
        if (!now.isBefore(s.expiresAt()) || !now.isBefore(s.lastSeenAt().plus(IDLE))) {
            delete(token);
            return Optional.empty();
        }
        if (!now.isBefore(s.lastSeenAt().plus(TOUCH_EVERY))) {
            store.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE staff_session SET last_seen_at = ? WHERE token_hash = ?")) {
                    Instants.set(ps, 1, now);
                    ps.setString(2, hash);
                    ps.executeUpdate();
                }
                return null;
            });
            s = new Session(s.user(), s.csrfToken(), s.createdAt(), now, s.expiresAt());
        }
        return Optional.of(s);
    }

    /** Ends a session (logout). Unknown tokens are ignored. */
    void delete(String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_session WHERE token_hash = ?")) {
                ps.setString(1, Tokens.sha256(token));
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Optional<Session> load(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, "
                + "u.id, u.username, u.display_name, u.role, u.created_at "
                + "FROM staff_session s JOIN staff_user u ON u.id = s.user_id WHERE s.token_hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                StaffUser user = new StaffUser(r.getLong(5), r.getString(6), r.getString(7), Role.valueOf(r.getString(8)),
                        Instants.get(r, 9));
                return Optional.of(new Session(user, r.getString(1), Instants.get(r, 2), Instants.get(r, 3), Instants.get(r, 4)));
            }
        }
    }

}
