/**
 * Individual rights: access, rectification, erasure, restriction, objection and consent
 * withdrawal (UK GDPR Arts 7(3), 12-21), with their statutory clocks.
 *
 * <p>{@link org.hustings.rights.Requests} takes a request in and keeps its clock: one calendar
 * month from receipt or from the identity evidence (Art 12(3)), moved past weekends and the bank
 * holidays of the nation ({@link org.hustings.rights.BankHolidays}, data from GOV.UK), extendable
 * by two months with a reason told to the person in the first month, refusable only as manifestly
 * unfounded or excessive (Art 12(5)). {@link org.hustings.rights.PersonSearch} finds the person
 * across the register and every dataset; staff confirm the match, and from then on the request
 * covers every record of that person id, including list rows the linker left in the review band
 * below the automatic threshold ({@link org.hustings.rights.ReviewBand}: listed on the request,
 * and attached to the person when staff confirm them). {@link org.hustings.rights.AccessReplies} assembles the
 * Art 15 reply from the store — never by hand — and renders it as HTML and PDF from one template,
 * and as JSON; {@link org.hustings.rights.Letters} writes the extension (Art 12(3)) and refusal
 * (Art 12(4)-(5)) letters the same way. {@link org.hustings.rights.Erasure} (with its dry run
 * {@link org.hustings.rights.Erasure#plan}), {@link org.hustings.rights.Rectification},
 * {@link org.hustings.rights.Objections} (restriction and objection, as flags the gate honours) and
 * {@link org.hustings.rights.Withdrawal} (consent, through the consent API) act on the other rights; every action lands in the ledger
 * with ids, field names and counts, never values. {@link org.hustings.rights.Suppression} keeps an
 * erased person's identifiers as keyed hashes so no later import brings them back, keyed with an
 * installation secret kept in an owner-only file outside the store ({@link org.hustings.rights.SecretFile});
 * {@link org.hustings.rights.RightsBench} measures it all on a loaded store.
 *
 * <p>Worked example: a request received on Monday 25 November 2024 in England is due on Friday 27
 * December 2024 — 25 December is Christmas Day, 26 December Boxing Day.
 */
package org.hustings.rights;
