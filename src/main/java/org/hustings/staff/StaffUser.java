package org.hustings.staff;

import java.time.Instant;

/** A member of staff who can log in. The password hash never leaves the staff package. */
public record StaffUser(long id, String username, String displayName, Role role, Instant createdAt) {
}
