package org.hustings.gate;

import java.time.Instant;

/** One flag set on a person: since when, why, under which request, by whom; lifted when {@code liftedAt} is set. */
public record FlagEntry(long id, long personId, PersonFlag flag, Instant since, String reason, String requestRef, String setBy,
                        Instant liftedAt, String liftedBy) {

    public boolean live() {
        return liftedAt == null;
    }
}
