/**
 * Linkage benchmarks: the string metrics against Apache Commons Text (ADR 0130) and the scale run,
 * a corrupted list against a synthetic register, timed stage by stage. Figures go to
 * docs/linkage-results.md with machine and date; tests never assert times.
 */
package org.hustings.link.bench;
