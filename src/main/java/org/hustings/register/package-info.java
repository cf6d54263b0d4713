/**
 * The electoral register: the spine every other dataset is attached to.
 *
 * <p>An ERO supplies one register edition per local authority each December, with monthly
 * notices of alteration, and after an election the marked register and absent-voter lists.
 * Entries are keyed by elector number within an edition; because the annual canvass
 * re-numbers everyone, a person's identity is a stable person id carried from edition to edition
 * by normalised name and address ({@link org.hustings.register.MatchKey}).
 *
 * <p>Legal footing: the Representation of the People (England and Wales) Regulations 2001 let
 * parties use the full register only for electoral purposes and to check whether a donation is
 * permissible (regs 103–105, 114–115); the marked register is supplied for electoral or research
 * purposes (reg 117).
 */
package org.hustings.register;
