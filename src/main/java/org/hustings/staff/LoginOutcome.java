package org.hustings.staff;

import java.time.Instant;

/** What a login attempt came to. */
public sealed interface LoginOutcome {

    /** Logged in: {@code token} goes in the session cookie and nowhere else. */
    record LoggedIn(String token, Session session) implements LoginOutcome {
    }

    /** Refused. The message is deliberately the same whether the username or the password was wrong. */
    record Refused(String message) implements LoginOutcome {
    }

    /** Too many failed attempts for this username; no password is checked until {@code until}. */
    record LockedOut(Instant until, String message) implements LoginOutcome {
    }
}
