/**
 * Evaluation of the linker on labelled data: read one CSV (deduplicate) or two (link), map
 * columns to field kinds, train without the labels, then count predicted pairs against the true
 * pairs (from a cluster column or a file of id pairs) — precision, recall and F1 — beside the same
 * figures for a plain deterministic rule as a floor.
 *
 * <p>Worked example: FEBRL4 links 5,000 records of list A to 5,000 of list B, 5,000 true links.
 * If the linker predicts 4,990 links of which 4,985 are right, precision is 4,985/4,990, recall
 * 4,985/5,000, and F1 their harmonic mean.
 */
package org.hustings.link.evaluate;
