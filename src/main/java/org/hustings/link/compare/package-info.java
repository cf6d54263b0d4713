/**
 * Field comparisons for record linkage: each compares one field of two records and answers a
 * level, best first ("exact", "nickname or alias", "Jaro-Winkler >= 0.92", …, "different"),
 * in the manner of Splink's comparison levels.
 *
 * <p>Worked example: forenames "Bill" and "William" normalise to BILL and WILLIAM; they are not
 * equal, but {@link org.hustings.link.compare.Nicknames} puts both in the William group, so the
 * name comparison answers level 1, "nickname or alias". The linker then turns that level into
 * evidence (a weight in bits) learned from the data.
 *
 * <p>Comparisons work on a vocabulary: the distinct normalised values of a field, numbered once.
 * Equal values are found by comparing numbers; the string metrics
 * ({@link org.hustings.link.compare.JaroWinkler}, {@link org.hustings.link.compare.DamerauLevenshtein})
 * run only on values that differ, and allocate nothing (ADR 0130).
 */
package org.hustings.link.compare;
