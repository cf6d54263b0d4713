package org.hustings.rights;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.purpose.Channel;
import org.hustings.store.Store;

/**
 * Consent withdrawal (UK GDPR Art 7(3): as easy as giving it, effective at once) through the
 * consent API: one purpose and channel, or every consent the person has granted. The gate stops
 * using the person for that purpose and channel on the very next read.
 */
public final class Withdrawal {
    private final Store store;
    private final Requests requests;
    private final Consents consents;
    private final Ledger ledger;

    public Withdrawal(Store store, Requests requests) {
        this.store = store;
        this.requests = requests;
        this.consents = new Consents(store);
        this.ledger = new Ledger(store);
    }

    /** What to withdraw: a purpose and channel, or both null for every granted consent. */
    public record Scope(String purpose, Channel channel) {
        public static Scope all() {
            return new Scope(null, null);
        }
    }

    /** Withdraws and completes the request; returns how many purpose-and-channel consents were withdrawn. */
    public int withdraw(String actor, long requestId, Scope scope, ConsentMethod how) {
        if ((scope.purpose() == null) != (scope.channel() == null)) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give both the purpose and the channel, or neither to withdraw every consent.");
        }
        return store.write(c -> {
            RightsRequest r = requests.require(c, requestId);
            if (r.kind() != RequestKind.CONSENT_WITHDRAWAL || r.status() != RequestStatus.OPEN || r.personId() == null) {
                throw new HustingsException(ErrorCode.CONFLICT, "Request " + r.ref() + " must be an open consent withdrawal matched to a person.");
            }
            List<Scope> targets = new ArrayList<>();
            if (scope.purpose() != null) {
                targets.add(scope);
            } else {
                try (PreparedStatement ps = c.prepareStatement("SELECT purpose, channel FROM consent_state WHERE person_id = ? "
                        + "AND status = 'granted' ORDER BY purpose, channel")) {
                    ps.setLong(1, r.personId());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            targets.add(new Scope(rs.getString(1), Channel.of(rs.getString(2))));
                        }
                    }
                }
            }
            for (Scope s : targets) {
                consents.record(c, actor, ConsentRecord.withdraw(r.personId(), s.purpose(), s.channel(), Instant.now(), how));
            }
            // This action's entry and the completed request's in one batch (the consent station records each withdrawal itself).
            ledger.appendAll(c, List.of(new LedgerEntry(actor, "rights.consent_withdrawal", "request:" + r.id(),
                    Map.of("withdrawn", targets.size()), List.of(r.personId())),
                    requests.completion(c, actor, r, "Consent withdrawn for " + targets.size() + " purpose(s) and channel(s).")));
            return targets.size();
        });
    }
}
