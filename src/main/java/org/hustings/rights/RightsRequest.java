package org.hustings.rights;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request as held: its kind and status, the requester, the clock (start, due, any extension),
 * the identity check, any refusal and the person it was matched to ({@code personId}, null until
 * staff confirm the match).
 */
public record RightsRequest(long id, RequestKind kind, RequestStatus status, String requesterName, String contact, String details,
                            Nation nation, LocalDate receivedOn, IdentityCheck identity, String identityCheckedBy,
                            LocalDate clockStartsOn, LocalDate dueOn, LocalDate extendedDueOn, String extensionReason,
                            LocalDate extensionNoticeOn, RefusalGround refusalGround, String refusalReason, Long personId,
                            String personConfirmedBy, LocalDate closedOn, String createdBy, Instant createdAt) {

    /** The reference quoted to the person and on every page, e.g. {@code R-42}. */
    public String ref() {
        return "R-" + id;
    }

    /** The deadline in force: the extended one when extended, else the first; null while waiting for identity. */
    public LocalDate deadline() {
        return extendedDueOn != null ? extendedDueOn : dueOn;
    }

    public boolean closed() {
        return status == RequestStatus.REFUSED || status == RequestStatus.COMPLETED;
    }

    /** Open and past its deadline on {@code today}. */
    public boolean overdue(LocalDate today) {
        return status == RequestStatus.OPEN && deadline() != null && today.isAfter(deadline());
    }
}
