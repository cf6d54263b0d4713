package org.hustings.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.hustings.store.Store;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed logins for one username within
 * {@link #WINDOW}, that username is locked for {@link #LOCK} (NCSC password guidance: throttle,
 * don't demand complexity). Failures are counted for any username typed, real or not, so the
 * lock-out itself does not reveal which usernames exist.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final Store store;
    private final Clock clock;

    LoginThrottle(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** When the username is locked now, until when. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT locked_until FROM login_throttle WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet r = ps.executeQuery()) {
                    Instant until = r.next() ? Instants.get(r, 1) : null;
                    return until != null && now.isBefore(until) ? Optional.of(until) : Optional.<Instant>empty();
                }
            }
        });
    }

    /**
     * Records a failure in one atomic upsert (two concurrent guesses cannot both read the same
     * count); returns the lock's end when this failure locks the username. Rows of usernames whose
     * window and lock have passed are cleared on the way, so guessed names do not pile up.
     */
    Optional<Instant> fail(String username) {
        Instant now = clock.instant();
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE last_failure < ? "
                    + "AND (locked_until IS NULL OR locked_until < ?) AND username <> ?")) {
                Instants.set(ps, 1, now.minus(WINDOW));
                Instants.set(ps, 2, now);
                ps.setString(3, username);
                ps.executeUpdate();
            }
            int failures;
            // A failure long after the previous one starts a fresh count.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_throttle (username, failures, last_failure, locked_until) "
                    + "VALUES (?, 1, ?, NULL) ON CONFLICT (username) DO UPDATE SET "
                    + "failures = CASE WHEN login_throttle.last_failure > ? THEN login_throttle.failures + 1 ELSE 1 END, "
                    + "last_failure = excluded.last_failure RETURNING failures")) {
                ps.setString(1, username);
                Instants.set(ps, 2, now);
                Instants.set(ps, 3, now.minus(WINDOW));
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    failures = r.getInt(1);
                }
            }
            if (failures < MAX_FAILURES) {
                return Optional.<Instant>empty();
            }
            Instant until = now.plus(LOCK);
            try (PreparedStatement ps = c.prepareStatement("UPDATE login_throttle SET failures = 0, locked_until = ? WHERE username = ?")) {
                Instants.set(ps, 1, until);
                ps.setString(2, username);
                ps.executeUpdate();
            }
            return Optional.of(until);
        });
    }

    /** A successful login clears the count. */
    void clear(String username) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM login_throttle WHERE username = ?")) {
                ps.setString(1, username);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
