package org.hustings.consent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.provenance.LedgerLink;
import org.hustings.purpose.Channel;
import org.hustings.purpose.Purposes;
import org.hustings.store.Store;

/**
 * Consent records per person, purpose and channel. History is appended, never changed; the live
 * state ({@code consent_state}) is replaced in the same transaction, so a withdrawal takes effect
 * for the very next gated read. Every record lands in the ledger (ids only).
 */
public final class Consents {
    private final Store store;
    private final LedgerLink ledger;

    public Consents(Store store) {
        this.store = store;
        this.ledger = new LedgerLink(store);
    }

    public Recorded record(String actor, ConsentRecord r) {
        return store.write(c -> record(c, actor, r));
    }

    /** Records a grant or withdrawal inside the caller's transaction (e.g. a canvass-return import). */
    public Recorded record(Connection c, String actor, ConsentRecord r) throws SQLException {
        if (r.purpose() == null || r.channel() == null || r.status() == null) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A consent record needs the purpose, the channel and whether it is granted or withdrawn.");
        }
        if (!exists(c, "SELECT 1 FROM person WHERE id = ?", r.personId())) {
            throw new HustingsException(ErrorCode.NOT_FOUND, "There is no person " + r.personId() + ".");
        }
        if (!exists(c, "SELECT 1 FROM processing_activity WHERE code = ?", r.purpose())
                && (new Purposes(store).ensureDefaults(c, Purposes.SYSTEM) == 0
                    || !exists(c, "SELECT 1 FROM processing_activity WHERE code = ?", r.purpose()))) {
            throw new HustingsException(ErrorCode.NOT_FOUND, "There is no processing activity '" + r.purpose() + "'.");
        }
        Long sourceId = null;
        if (r.sourceCode() != null) {
            sourceId = ConsentRecords.sourceId(c, r.sourceCode());
            if (sourceId == null) {
                throw new HustingsException(ErrorCode.NOT_FOUND, "There is no source '" + r.sourceCode() + "'.");
            }
        }
        List<String> missing = new ArrayList<>();
        if (r.status() == ConsentStatus.GRANTED) {
            if (r.givenAt() == null) {
                missing.add("when it was given");
            }
            if (r.method() == null) {
                missing.add("how it was given");
            }
            if (sourceId == null || r.wordingVersion() == null) {
                missing.add("the wording shown");
            } else if (!ConsentRecords.consentWordingExists(c, sourceId, r.wordingVersion())) {
                missing.add("the wording shown (source '" + r.sourceCode() + "' has no consent wording version " + r.wordingVersion() + ")");
            }
        }
        boolean provable = missing.isEmpty();
        long id = ConsentRecords.append(c, r, sourceId, actor);
        ConsentRecords.setState(c, r, id, provable);
        ledger.record(c, actor, "consent." + r.status().code(), "person:" + r.personId(), Map.of("purpose", r.purpose(),
                "channel", r.channel().code(), "consent", id, "provable", provable), List.of(r.personId()));
        return new Recorded(id, r.status(), provable, missing);
    }

    /** Whether there is a person with this internal id (erased people keep their id but no data). */
    public boolean known(long personId) {
        return store.read(c -> exists(c, "SELECT 1 FROM person WHERE id = ?", personId));
    }

    /** Every consent record of a person, oldest first. */
    public List<ConsentEntry> history(long personId) {
        return store.read(c -> ConsentRecords.history(c, personId));
    }

    /** The live state of each purpose and channel a person has a record for. */
    public List<ConsentState> states(long personId) {
        return store.read(c -> ConsentRecords.states(c, personId));
    }

    /** True when the person's latest record for this purpose and channel is a provable grant. */
    public boolean live(long personId, String purpose, Channel channel) {
        return states(personId).stream().anyMatch(s -> s.purpose().equals(purpose) && s.channel() == channel && s.live());
    }

    private static boolean exists(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static Timestamp timestamp(java.time.Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
