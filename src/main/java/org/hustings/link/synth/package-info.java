/**
 * Synthetic data for linkage with known truth: a register-like {@link org.hustings.link.synth.Population}
 * and {@link org.hustings.link.synth.CorruptedList}s made from it with the errors real lists carry
 * (typos, nicknames, initials, swapped names, wrong dates, moved house, missing fields).
 *
 * <p>Worked example: register person P17 "Margaret Holt, 1950-03-04, 12 Mill Lane, LS6 2AB"
 * becomes list row L3 "Peggy Hlot, 1950-04-03, , LS6 2AB" with truth[2] = 16: a nickname, a typo,
 * day and month swapped, the house number missing. Same seed, same rows.
 */
package org.hustings.link.synth;
