/**
 * The purpose gate: the only way any use reads personal data.
 *
 * <p>A read names a processing activity, an actor and a selection. The gate decides in three
 * layers, each a list of named rules where the first refusal wins and is reported with its law:
 * the activity (a DPIA approved where one is needed, Art 35; electronic marketing on consent,
 * PECR reg 22), each field of each source, decided once per read (provenance, inferred special
 * category, lawful basis, public task only for statutory data, the source permits the purpose,
 * the register only for electoral purposes and donation checks, supplier due diligence, an
 * Article 9 condition, data minimisation), and each person, in SQL (erased, restricted,
 * objected to marketing or profiling, do-not-contact, live and provable consent); then each
 * value of a permitted field for a permitted person (link probability at least the purpose's
 * minimum, consent for consent-based values).
 *
 * <p>Worked example: "email" over a ward releases {@code contact.email} from the web sign-up
 * source only for people whose latest consent for (email, email) is a provable grant; the
 * register's names are refused for want of the purpose; a person who objected to direct
 * marketing is counted under {@code objected-direct-marketing} and released nowhere.
 * Reads cost one query per group of sources plus one count: no rule is evaluated per value. The
 * value rules (a value linked below the purpose's minimum link probability, Art 5(1)(d); a value
 * collected on consent without the person's live consent) rank each attribute row in the same
 * streamed query, which nulls a refused value and counts it, so no second pass is needed. A read
 * binds the ids of the small tables it would otherwise join per row (datasets, current editions),
 * all in one snapshot, and its ledger entry keeps the released people as runs of ids
 * (docs/adr/0200-gate-overhead-and-compact-ledger-persons.md).
 */
package org.hustings.gate;
