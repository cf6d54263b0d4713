/**
 * Staff: the people who log in, what their role lets them do, and their sessions.
 *
 * <p>{@link org.hustings.staff.Staff} is the facade. Passwords are stored only as bcrypt hashes
 * (cost 12; the library salts and compares in constant time). A wrong username and a wrong
 * password get the same message, and an unknown username costs the same bcrypt work as a known
 * one. Five failures for one username within 15 minutes lock it for 15 minutes; failures are
 * counted for usernames that do not exist too, so the lock-out reveals nothing.
 *
 * <p>Sessions are server-side rows in {@code staff_session}: the cookie carries a 32-byte random
 * token, the store only its SHA-256, with the user, a CSRF synchronizer token and the times. A
 * session ends after 30 minutes idle or 12 hours after login; logout deletes it; every login makes
 * a new one. Each {@link org.hustings.staff.Role} carries a one-line description of what it may do
 * (least privilege, UK GDPR Art 5(1)(f) and Art 32); which routes a role may use is decided by the
 * web package's access table.
 */
package org.hustings.staff;
