package org.hustings.rights;

import java.time.LocalDate;

/**
 * A request as taken in by staff: its kind, who asked and how to reply, what they said, the day it
 * arrived and the nation whose bank holidays count. {@code identity} is the check already done at
 * intake, or null when evidence must be asked for first (the clock then waits for it).
 */
public record Intake(RequestKind kind, String requesterName, String contact, String details, LocalDate receivedOn,
                     Nation nation, IdentityCheck identity) {
}
