package org.hustings.rights;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.store.Store;

/**
 * Rights requests and their statutory clocks (UK GDPR Art 12(3)): intake, identity, matching to a
 * person, extension, refusal and completion. Every step is kept in the request's history and lands
 * in the ledger (request id, kind and counts only — the requester's name never goes there).
 *
 * <pre>{@code
 * Requests requests = new Requests(store);
 * RightsRequest r = requests.intake("dpo", new Intake(RequestKind.ACCESS, "Ann Smith", "ann@example.org", null,
 *         LocalDate.of(2024, 11, 25), Nation.ENGLAND_AND_WALES, new IdentityCheck(IdentityMethod.NO_DOUBT, "known", ...)));
 * r.dueOn(); // 2024-12-27: one month, past Christmas and Boxing Day
 * }</pre>
 */
public final class Requests {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Store store;
    private final StatutoryClock statutory;
    private final Clock clock;
    private final Ledger ledger;

    public Requests(Store store) {
        this(store, StatutoryClock.standard(), Clock.systemUTC());
    }

    public Requests(Store store, StatutoryClock statutory, Clock clock) {
        this.store = store;
        this.statutory = statutory;
        this.clock = clock;
        this.ledger = new Ledger(store);
    }

    public StatutoryClock statutoryClock() {
        return statutory;
    }

    /** Today in the UK, by this facade's clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** Takes in a request. With an identity check the clock starts at once; without, it waits for the evidence. */
    public RightsRequest intake(String actor, Intake in) {
        return intake(actor, in, null);
    }

    /**
     * Takes in a request already matched to a person (staff chose them on the People page), in one
     * transaction: the intake and the match, or neither. {@code personId} null: not matched yet.
     */
    public RightsRequest intake(String actor, Intake in, Long personId) {
        check(in);
        return store.write(c -> {
            Instant now = clock.instant();
            LocalDate start = in.identity() == null ? null : clockStart(in.receivedOn(), in.identity());
            LocalDate due = start == null ? null : statutory.due(start, in.nation());
            RequestStatus status = start == null ? RequestStatus.AWAITING_IDENTITY : RequestStatus.OPEN;
            long id = RequestRecords.insert(c, in, status, start, due, actor, now);
            RequestRecords.event(c, id, actor, "intake", in.kind().plain() + " (" + in.kind().law() + ")", now);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("kind", in.kind().code());
            d.put("status", status.code());
            if (due != null) {
                d.put("due", due.toString());
            }
            List<LedgerEntry> entries = new java.util.ArrayList<>();
            entries.add(new LedgerEntry(actor, "rights.intake", "request:" + id, d));
            if (personId != null) {
                if (!PersonRows.exists(c, personId)) {
                    throw new FieldProblems(ErrorCode.NOT_FOUND, "The request", List.of(new FieldProblems.Problem("person",
                            "there is no person " + personId + "; find them on the People page, or leave the person out and match them later.")));
                }
                entries.add(match(c, actor, id, personId));
            }
            ledger.appendAll(c, entries);
            return RequestRecords.load(c, id).orElseThrow();
        });
    }

    /** Records the identity evidence; the clock starts on the day it arrived (Art 12(3), 12(6)). */
    public RightsRequest verifyIdentity(String actor, long id, IdentityCheck check) {
        requireText(check == null ? null : check.evidence(), "evidence", "Describe the identity evidence seen (not a copy of it).");
        if (check.method() == null || check.receivedOn() == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Say how identity was checked and on which day the evidence arrived.");
        }
        return store.write(c -> {
            RightsRequest r = require(c, id);
            if (r.status() != RequestStatus.AWAITING_IDENTITY) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is " + r.status().code()
                        + "; identity is recorded only while it waits for identity.");
            }
            LocalDate start = clockStart(r.receivedOn(), check);
            LocalDate due = statutory.due(start, r.nation());
            RequestRecords.update(c, "UPDATE rights_request SET status = 'open', identity_method = ?, identity_evidence = ?, "
                    + "identity_checked_by = ?, identity_received_on = ?, clock_starts_on = ?, due_on = ? WHERE id = ?",
                    check.method().code(), check.evidence(), actor, check.receivedOn(), start, due, id);
            return done(c, actor, r, "identity", "Identity checked (" + check.method().code() + "); the clock starts on " + start
                    + " and the reply is due by " + due + " (UK GDPR Art 12(3)).", Map.of("method", check.method().code(), "due", due.toString()));
        });
    }

    /** Staff confirm which person the request is about; the request then covers every record of that person. */
    public RightsRequest confirmPerson(String actor, long id, long personId) {
        return store.write(c -> {
            RightsRequest r = require(c, id);
            if (r.closed()) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is closed.");
            }
            if (!PersonRows.exists(c, personId)) {
                throw new HustingsException(ErrorCode.NOT_FOUND, "There is no person " + personId + ".");
            }
            ledger.append(c, match(c, actor, id, personId));
            return RequestRecords.load(c, id).orElseThrow();
        });
    }

    /** Matches the request to the person; returns the ledger entry for the caller to append in its transaction. */
    private LedgerEntry match(Connection c, String actor, long id, long personId) throws SQLException {
        RequestRecords.update(c, "UPDATE rights_request SET person_id = ?, person_confirmed_by = ? WHERE id = ?", personId, actor, id);
        RequestRecords.event(c, id, actor, "match", "Matched to person " + personId + ".", clock.instant());
        return new LedgerEntry(actor, "rights.match", "request:" + id, Map.of("person", personId), List.of(personId));
    }

    /**
     * Extends the deadline by one or two further months (Art 12(3)): only with a reason, and only
     * when the person is told within the first month, i.e. on or before the first deadline.
     */
    public RightsRequest extend(String actor, long id, int months, String reason, LocalDate noticeOn) {
        requireText(reason, "reason", "Say why the request needs more time (UK GDPR Art 12(3): complexity or number of requests).");
        if (months < 1 || months > StatutoryClock.MAX_EXTENSION_MONTHS) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "An extension is one or two further months (UK GDPR Art 12(3)), not " + months + ".");
        }
        if (noticeOn == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give the day the person was told of the extension and why (UK GDPR Art 12(3)).");
        }
        return store.write(c -> {
            RightsRequest r = require(c, id);
            if (r.status() != RequestStatus.OPEN) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is " + r.status().code() + "; only an open request can be extended.");
            }
            if (r.extendedDueOn() != null) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " was already extended to " + r.extendedDueOn() + ".");
            }
            if (noticeOn.isAfter(r.dueOn()) || noticeOn.isBefore(r.receivedOn())) {
                throw new HustingsException(ErrorCode.REFUSED, "The person must be told of an extension within the first month, by "
                        + r.dueOn() + " (UK GDPR Art 12(3)); a notice on " + noticeOn + " is too late to extend.");
            }
            LocalDate due = statutory.extendedDue(r.clockStartsOn(), months, r.nation());
            RequestRecords.update(c, "UPDATE rights_request SET extended_due_on = ?, extension_reason = ?, extension_notice_on = ? WHERE id = ?",
                    due, reason, noticeOn, id);
            return done(c, actor, r, "extension", "Extended by " + months + " month(s) to " + due + ": " + reason + " (person told on "
                    + noticeOn + ")", Map.of("months", months, "due", due.toString()));
        });
    }

    /** Refuses a request as manifestly unfounded or excessive, with the reason (Art 12(5)); the person must be told why and of their right to complain (Art 12(4)). */
    public RightsRequest refuse(String actor, long id, RefusalGround ground, String reason) {
        requireText(reason, "reason", "Say why the request is manifestly unfounded or excessive; the person must be told (UK GDPR Art 12(4)-(5)).");
        if (ground == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give the ground: manifestly_unfounded or manifestly_excessive (UK GDPR Art 12(5)).");
        }
        return store.write(c -> {
            RightsRequest r = require(c, id);
            if (r.closed()) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " is already " + r.status().code() + ".");
            }
            RequestRecords.update(c, "UPDATE rights_request SET status = 'refused', refusal_ground = ?, refusal_reason = ?, closed_on = ? WHERE id = ?",
                    ground.code(), reason, today(), id);
            return done(c, actor, r, "refusal", ground.code() + ": " + reason, Map.of("ground", ground.code()));
        });
    }

    /**
     * Closes a request as done, inside the caller's transaction (the action that honoured it commits
     * with it), and returns its ledger entry for the caller to append with its own in one batch
     * ({@link Ledger#appendAll}), in the same transaction. The request is not read back: the caller
     * has it, and every statement counts inside an erasure's transaction on DuckDB.
     */
    LedgerEntry completion(Connection c, String actor, RightsRequest r, String note) throws SQLException {
        RequestRecords.update(c, "UPDATE rights_request SET status = 'completed', closed_on = ? WHERE id = ?", today(), r.id());
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", r.kind().code());
        d.put("closed", today().toString());
        d.put("in_time", r.deadline() == null || !today().isAfter(r.deadline()));
        RequestRecords.event(c, r.id(), actor, "completed", note, clock.instant());
        return entry(actor, r, "completed", d);
    }

    /** The ledger entry of an event on a request: {@code rights.EVENT} about {@code request:ID}, reaching its person if matched. */
    static LedgerEntry entry(String actor, RightsRequest r, String event, Map<String, Object> details) {
        return new LedgerEntry(actor, "rights." + event, "request:" + r.id(), details,
                r.personId() == null ? List.of() : List.of(r.personId()));
    }

    /** Records an event on a request inside the caller's transaction. */
    void note(Connection c, String actor, long id, String event, String note) throws SQLException {
        RequestRecords.event(c, id, actor, event, note, clock.instant());
    }

    public RightsRequest get(long id) {
        return store.read(c -> require(c, id));
    }

    public List<RequestEvent> events(long id) {
        return store.read(c -> RequestRecords.events(c, id));
    }

    /** The queue: every request not closed, waiting for identity first, then by deadline. */
    public List<RightsRequest> queue() {
        return store.read(c -> RequestRecords.query(c, "SELECT " + RequestRecords.COLUMNS + " FROM rights_request "
                + "WHERE status IN ('awaiting_identity', 'open') ORDER BY CASE WHEN status = 'awaiting_identity' THEN 0 ELSE 1 END, "
                + "COALESCE(extended_due_on, due_on), id"));
    }

    /** Every request, newest first, at most {@code limit}. */
    public List<RightsRequest> all(int limit) {
        return store.read(c -> RequestRecords.query(c, "SELECT " + RequestRecords.COLUMNS + " FROM rights_request ORDER BY id DESC LIMIT ?",
                Math.max(1, limit)));
    }

    RightsRequest require(Connection c, long id) throws SQLException {
        return RequestRecords.load(c, id).orElseThrow(() -> new HustingsException(ErrorCode.NOT_FOUND, "There is no request R-" + id + "."));
    }

    private RightsRequest done(Connection c, String actor, RightsRequest r, String event, String note, Map<String, Object> details)
            throws SQLException {
        record(c, actor, r, event, note, details);
        return RequestRecords.load(c, r.id()).orElseThrow();
    }

    private void record(Connection c, String actor, RightsRequest r, String event, String note, Map<String, Object> details)
            throws SQLException {
        RequestRecords.event(c, r.id(), actor, event, note, clock.instant());
        ledger.append(c, entry(actor, r, event, details));
    }

    private static LocalDate clockStart(LocalDate received, IdentityCheck check) {
        if (check.receivedOn() == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give the day the identity evidence arrived.");
        }
        if (check.receivedOn().isBefore(received)) {
            // Evidence that came with (or before) the request: the clock starts on receipt.
            return received;
        }
        return check.method() == IdentityMethod.NO_DOUBT ? received : check.receivedOn();
    }

    private static void check(Intake in) {
        if (in.kind() == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Say what kind of request it is.");
        }
        requireText(in.requesterName(), "requester", "Give the requester's name as they gave it.");
        if (in.receivedOn() == null || in.nation() == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give the day the request arrived and the nation whose bank holidays count.");
        }
        if (in.identity() != null && (in.identity().method() == null || in.identity().evidence() == null || in.identity().evidence().isBlank())) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "An identity check needs its method and a description of the evidence seen.");
        }
    }

    static void requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The field '" + field + "' is missing. " + message);
        }
    }
}
