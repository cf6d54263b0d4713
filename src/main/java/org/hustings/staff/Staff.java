package org.hustings.staff;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.Store;

/**
 * The staff facade: users, roles, login and sessions. Passwords are bcrypt hashes (cost 12 by
 * default); sessions live in the store; repeated failures lock a username for a while.
 *
 * <pre>{@code
 * Staff staff = new Staff(store);
 * staff.addUser("asha", "Asha Patel", Role.DPO, password);
 * if (staff.login("asha", password) instanceof LoginOutcome.LoggedIn in) {
 *     Optional<Session> s = staff.session(in.token());   // on every request
 *     staff.logout(in.token());
 * }
 * }</pre>
 */
public final class Staff {
    /** The bcrypt cost used in production (2^12 rounds). */
    public static final int DEFAULT_COST = 12;
    /** The one message for a wrong username or a wrong password, so neither is revealed. */
    public static final String WRONG = "The username or password is wrong.";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,99}");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Store store;
    private final Clock clock;
    private final Passwords passwords;
    private final Sessions sessions;
    private final LoginThrottle throttle;

    public Staff(Store store) {
        this(store, DEFAULT_COST, Clock.systemUTC());
    }

    /** For tests: a lower bcrypt cost (at least 4) and a clock they control. */
    public Staff(Store store, int bcryptCost, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.passwords = new Passwords(bcryptCost);
        this.sessions = new Sessions(store, clock);
        this.throttle = new LoginThrottle(store, clock);
    }

    /** Adds a user. The username is kept in lower case; the password must be 12 characters or more. */
    public StaffUser addUser(String username, String displayName, Role role, char[] password) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The username '" + username + "' is not usable: use 2 to 100 "
                    + "letters, digits, dots, dashes or underscores, starting with a letter or digit (no @: the name is recorded in the ledger, which holds no contact details).");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give a display name of 1 to 200 characters.");
        }
        if (role == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give a role.");
        }
        String hash = passwords.hash(password);
        Instant now = clock.instant();
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM staff_user WHERE username = ?")) {
                ps.setString(1, name);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        throw new HustingsException(ErrorCode.CONFLICT, "There is already a user called '" + name + "'.");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_user (username, display_name, role, password_hash, created_at) "
                    + "VALUES (?, ?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, name);
                ps.setString(2, displayName.strip());
                ps.setString(3, role.name());
                ps.setString(4, hash);
                Instants.set(ps, 5, now);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return new StaffUser(r.getLong(1), name, displayName.strip(), role, now);
                }
            }
        });
    }

    /** All users, by username. */
    public List<StaffUser> users() {
        return store.read(c -> {
            List<StaffUser> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, username, display_name, role, created_at FROM staff_user ORDER BY username");
                 ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new StaffUser(r.getLong(1), r.getString(2), r.getString(3), Role.valueOf(r.getString(4)), Instants.get(r, 5)));
                }
            }
            return out;
        });
    }

    /**
     * Checks a username and password. A success starts a new session (a new token every time, so a
     * session id planted before login is never the one used after it).
     */
    public LoginOutcome login(String username, char[] password) {
        String name = normalise(username);
        if (name.isEmpty() || name.length() > 100) {
            return new LoginOutcome.Refused(WRONG);
        }
        Optional<Instant> locked = throttle.lockedUntil(name);
        if (locked.isPresent()) {
            return lockedOut(locked.get());
        }
        Optional<Credential> credential = store.read(c -> credential(c, name));
        boolean ok = credential.isPresent()
                ? passwords.matches(password, credential.get().hash())
                : passwords.decoyCheck(password);
        if (!ok) {
            Optional<Instant> lock = throttle.fail(name);
            return lock.isPresent() ? lockedOut(lock.get()) : new LoginOutcome.Refused(WRONG);
        }
        throttle.clear(name);
        return sessions.create(credential.get().user());
    }

    /** The live session for a cookie token, if any; touching it keeps it alive. */
    public Optional<Session> session(String token) {
        return sessions.find(token);
    }

    /** Ends the session for this token (logout). */
    public void logout(String token) {
        sessions.delete(token);
    }

    private static LoginOutcome lockedOut(Instant until) {
        return new LoginOutcome.LockedOut(until, "Too many failed attempts for this username. Try again after "
                + HHMM.format(until) + ", or ask your data protection officer to check the account.");
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private record Credential(StaffUser user, String hash) {
    }

    private static Optional<Credential> credential(java.sql.Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, username, display_name, role, created_at, password_hash FROM staff_user WHERE username = ?")) {
            ps.setString(1, name);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Credential(new StaffUser(r.getLong(1), r.getString(2), r.getString(3),
                        Role.valueOf(r.getString(4)), Instants.get(r, 5)), r.getString(6)));
            }
        }
    }
}
