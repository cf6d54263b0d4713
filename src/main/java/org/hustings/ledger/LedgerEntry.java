package org.hustings.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One thing that happened, to be appended to the ledger: who did it ({@code actor}, a staff id or
 * a system name such as {@code cli} or {@code scheduler}), what kind of thing it was ({@code action},
 * a dotted code such as {@code import.register}, {@code gate.read}, {@code export.audience},
 * {@code rights.erasure}, {@code config.source}), what it was about ({@code subject}, a code such as
 * {@code dataset:42} or {@code purpose:canvassing}), the facts worth keeping ({@code details}: counts,
 * field names, rule codes, hashes, internal ids) and the internal ids of the people it reached.
 *
 * <p>The ledger holds no personal values (UK GDPR Art 5(1)(c), data minimisation): every text
 * must be a short code without spaces or {@code @}, so that erasing a person (Art 17) never has to
 * touch the chain. An entry that breaks this is refused here, when it is made, with the reason.
 * A null subject is recorded as the empty string; null details or person ids as none.
 *
 * <p>{@code personIds} is kept as given (not copied): a batch may name millions of people.
 */
public record LedgerEntry(String actor, String action, String subject, Map<String, Object> details,
                          Collection<Long> personIds) {

    public LedgerEntry {
        subject = subject == null ? "" : subject;
        details = details == null ? Map.of() : details;
        personIds = personIds == null ? List.of() : personIds;
        Minimisation.checkEntry(actor, action, subject, details);
        details = Minimisation.frozenCopy(details);
    }

    /** An entry that reached nobody in particular (a configuration change, for example). */
    public LedgerEntry(String actor, String action, String subject, Map<String, Object> details) {
        this(actor, action, subject, details, List.of());
    }
}
