package org.hustings.rights;

import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.gate.PersonFlag;
import org.hustings.gate.PersonFlags;
import org.hustings.provenance.LedgerLink;
import org.hustings.store.Store;

/**
 * Restriction (UK GDPR Art 18) and objection (Art 21): sets the person's flags, which the gate
 * honours on the very next read — restriction removes the person from every use, an objection to
 * direct marketing is absolute and immediate (Art 21(3)), an objection to profiling removes them
 * from models and scores (Art 21(1)). The data is kept; nothing is deleted.
 */
public final class Objections {
    private final Store store;
    private final Requests requests;
    private final PersonFlags flags;
    private final LedgerLink ledger;

    public Objections(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
        this.flags = new PersonFlags(store);
        this.ledger = new LedgerLink(store);
    }

    /** The flags a request of this kind sets. */
    public static List<PersonFlag> flagsFor(RequestKind kind) {
        return switch (kind) {
            case RESTRICTION -> List.of(PersonFlag.RESTRICTED);
            case OBJECTION_MARKETING -> List.of(PersonFlag.OBJECTED_MARKETING);
            case OBJECTION_PROFILING -> List.of(PersonFlag.OBJECTED_PROFILING);
            case OBJECTION_ALL -> List.of(PersonFlag.OBJECTED_MARKETING, PersonFlag.OBJECTED_PROFILING);
            default -> throw new HustingsException(ErrorCode.BAD_REQUEST, "A " + kind.code()
                    + " request is not a restriction or an objection.");
        };
    }

    /** Honours an open restriction or objection request and completes it; returns the flags set. */
    public List<PersonFlag> honour(String actor, long requestId) {
        return store.write(c -> {
            RightsRequest r = requests.require(c, requestId);
            List<PersonFlag> set = flagsFor(r.kind());
            // Stopping a use is safe even before identity is proved, so an objection to direct marketing takes effect at
            // once (Art 21(3)); only a closed or unmatched request cannot be honoured.
            if (r.closed() || r.personId() == null) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " must be open and matched to a person first (it is "
                        + r.status().code() + (r.personId() == null ? ", not matched" : "") + ").");
            }
            for (PersonFlag f : set) {
                flags.set(c, actor, r.personId(), f, r.kind().plain() + ": request " + r.ref() + " (" + r.kind().law() + ")", r.ref());
            }
            // An objection to profiling also removes the scores already made about the person (values of derived sources): the
            // gate keeps them out of modelling from now on, and what profiling produced is no longer kept (Art 21(1)).
            int scores = 0;
            if (set.contains(PersonFlag.OBJECTED_PROFILING)) {
                scores = PersonRows.execute(c, "DELETE FROM attribute_value WHERE person_id = ? AND dataset_id IN "
                        + "(SELECT d.id FROM dataset d JOIN source s ON s.id = d.source_id WHERE s.kind = 'derived')", r.personId());
            }
            ledger.record(c, actor, "rights." + r.kind().code(), "request:" + r.id(),
                    Map.of("flags", set.stream().map(PersonFlag::code).toList(), "scores_deleted", scores), List.of(r.personId()));
            requests.complete(c, actor, r, "Flags set: " + set.stream().map(PersonFlag::code).toList() + ". The gate honours them from now on."
                    + (scores > 0 ? " " + scores + " score value(s) deleted." : ""));
            return set;
        });
    }
}
