package org.hustings.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.gate.PersonFlag;
import org.hustings.gate.PersonFlags;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.store.Store;

/**
 * Restriction (UK GDPR Art 18) and objection (Art 21): sets the person's flags, which the gate
 * honours on the very next read — restriction removes the person from every use, an objection to
 * direct marketing is absolute and immediate (Art 21(3)), an objection to profiling removes them
 * from models and scores (Art 21(1)). The data is kept; nothing is deleted.
 *
 * <p>Each right has its own action: {@link #restrict} for a restriction request, {@link #object}
 * for an objection request; each refuses a request of the other kind. {@link #honour} does
 * whichever the request's kind calls for (kept for callers of the older shared action).
 */
public final class Objections {
    private final Store store;
    private final Requests requests;
    private final PersonFlags flags;
    private final Ledger ledger;

    public Objections(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
        this.flags = new PersonFlags(store);
        this.ledger = new Ledger(store);
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

    /** Whether a request of this kind is an objection (Art 21): to direct marketing, to profiling, or to both. */
    public static boolean isObjection(RequestKind kind) {
        return kind == RequestKind.OBJECTION_MARKETING || kind == RequestKind.OBJECTION_PROFILING || kind == RequestKind.OBJECTION_ALL;
    }

    /** Honours an open restriction request (Art 18) and completes it: the person is kept out of every use. Returns the flags set. */
    public List<PersonFlag> restrict(String actor, long requestId) {
        return act(actor, requestId, Right.RESTRICT);
    }

    /**
     * Honours an open objection request (Art 21) and completes it: direct marketing, profiling or
     * both, as the request says. Returns the flags set.
     */
    public List<PersonFlag> object(String actor, long requestId) {
        return act(actor, requestId, Right.OBJECT);
    }

    /**
     * Honours an open restriction or objection request, whichever its kind is (the older shared
     * action: {@link #restrict} and {@link #object} name the right). Returns the flags set.
     */
    public List<PersonFlag> honour(String actor, long requestId) {
        return act(actor, requestId, null);
    }

    private enum Right { RESTRICT, OBJECT }

    private List<PersonFlag> act(String actor, long requestId, Right right) {
        return store.write(c -> {
            RightsRequest r = requests.require(c, requestId);
            if (right == Right.RESTRICT && r.kind() != RequestKind.RESTRICTION) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is a " + r.kind().code()
                        + " request. Restrict is only for a restriction request (UK GDPR Art 18)"
                        + (isObjection(r.kind()) ? "; use object for an objection." : "."));
            }
            if (right == Right.OBJECT && !isObjection(r.kind())) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is a " + r.kind().code()
                        + " request. Object is only for an objection request (UK GDPR Art 21)"
                        + (r.kind() == RequestKind.RESTRICTION ? "; use restrict for a restriction." : "."));
            }
            List<PersonFlag> set = flagsFor(r.kind());
            // Stopping a use is safe even before identity is proved, so an objection to direct marketing takes effect at
            // once (Art 21(3)); only a closed or unmatched request cannot be honoured.
            if (r.closed() || r.personId() == null) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " must be open and matched to a person first (it is "
                        + r.status().code() + (r.personId() == null ? ", not matched" : "") + ").");
            }
            Map<PersonFlag, String> reasons = new LinkedHashMap<>();
            for (PersonFlag f : set) {
                reasons.put(f, r.kind().plain() + ": request " + r.ref() + " (" + r.kind().law() + ")");
            }
            // The flags in one call; their ledger entries, this action's and the completed request's in one batch at the end.
            List<LedgerEntry> entries = new ArrayList<>(flags.setAll(c, actor, r.personId(), reasons, r.ref()));
            // An objection to profiling also removes the scores already made about the person (values of derived sources): the
            // gate keeps them out of modelling from now on, and what profiling produced is no longer kept (Art 21(1)).
            int scores = 0;
            if (set.contains(PersonFlag.OBJECTED_PROFILING)) {
                scores = PersonRows.execute(c, "DELETE FROM attribute_value WHERE person_id = ? AND dataset_id IN "
                        + "(SELECT d.id FROM dataset d JOIN source s ON s.id = d.source_id WHERE s.kind = 'derived')", r.personId());
            }
            entries.add(new LedgerEntry(actor, "rights." + r.kind().code(), "request:" + r.id(),
                    Map.of("flags", set.stream().map(PersonFlag::code).toList(), "scores_deleted", scores), List.of(r.personId())));
            entries.add(requests.completion(c, actor, r, "Flags set: " + set.stream().map(PersonFlag::code).toList()
                    + ". The gate honours them from now on." + (scores > 0 ? " " + scores + " score value(s) deleted." : "")));
            ledger.appendAll(c, entries);
            return set;
        });
    }
}
