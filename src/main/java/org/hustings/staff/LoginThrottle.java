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

    /** Records a failure; returns the lock's end when this failure locks the username. */
    Optional<Instant> fail(String username) {
        Instant now = clock.instant();
        return store.write(c -> {
            int failures = 0;
            Instant last = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT failures, last_failure FROM login_throttle WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet r = ps.executeQuery()) {
                    if (r.next()) {
                        failures = r.getInt(1);
                        last = Instants.get(r, 2);
                    }
                }
            }
            // A failure long after the previous one starts a fresh count.
            failures = last != null && now.isBefore(last.plus(WINDOW)) ? failures + 1 : 1;
            Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK) : null;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO login_throttle (username, failures, last_failure, locked_until) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET failures = excluded.failures, "
                    + "last_failure = excluded.last_failure, locked_until = excluded.locked_until")) {
                ps.setString(1, username);
                ps.setInt(2, lockedUntil == null ? failures : 0);
                Instants.set(ps, 3, now);
                Instants.set(ps, 4, lockedUntil);
                ps.executeUpdate();
            }
            return Optional.ofNullable(lockedUntil);
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
