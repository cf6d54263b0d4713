package org.hustings.staff;

import java.time.Instant;

/**
 * A live, server-side session. The cookie holds a random token; the store holds only its SHA-256.
 * {@code csrfToken} is the synchronizer token every state-changing request must echo back.
 */
public record Session(StaffUser user, String csrfToken, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {
}
