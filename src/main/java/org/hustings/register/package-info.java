/**
 * The electoral register: the spine every other dataset is attached to.
 *
 * <p>An ERO supplies one register edition per local authority each December, with monthly
 * notices of alteration, and after an election the marked register and absent-voter lists.
 * Entries are keyed by elector number within an edition; because the annual canvass
 * re-numbers everyone, a person's identity is a stable person id carried from edition to edition
 * by normalised name and address ({@link org.hustings.register.MatchKey}).
 *
 * <p>{@link org.hustings.register.PeopleSearch} finds people on the current register (by surname,
 * postcode, elector number or person id, a keyed page of at most 50 at a time) for the People
 * page, its API and {@code hustings people find}, and records each search in the ledger: looking
 * a person up is processing their data. See docs/adr/0101-finding-people-on-the-register.md.
 *
 * <p>Legal footing: the Representation of the People (England and Wales) Regulations 2001 let
 * parties use the full register only for electoral purposes and to check whether a donation is
 * permissible (regs 103–105, 114–115); the marked register is supplied for electoral or research
 * purposes (reg 117).
 */
package org.hustings.register;
