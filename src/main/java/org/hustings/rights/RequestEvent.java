package org.hustings.rights;

import java.time.Instant;

/** One step in a request's history: intake, identity, match, extension, refusal, an action taken. */
public record RequestEvent(Instant at, String actor, String event, String note) {
}
