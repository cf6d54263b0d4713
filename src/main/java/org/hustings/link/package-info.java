/**
 * Link: probabilistic record linkage (Fellegi–Sunter, the method behind Splink), unsupervised and
 * explainable. Its vocabulary: comparison levels ({@code org.hustings.link.compare}) →
 * comparisons per {@link org.hustings.link.FieldKind} → {@link org.hustings.link.BlockingRule}s
 * → the {@link org.hustings.link.Linker} facade.
 *
 * <p>Stages: the records are held as columns of vocabulary numbers; blocking rules, combined by
 * OR, make candidate pairs, counted before anything is scored; training estimates u from random
 * pairs, the prior λ from deterministic rules and m by expectation–maximisation — no labels;
 * scoring gives each pair a weight (the prior plus one part per field, term-frequency adjusted)
 * and a probability; thresholds make each pair linked, for review or rejected
 * ({@link org.hustings.link.Decision}); linking two lists is one-to-one, deduplicating one list
 * makes clusters. The trained {@link org.hustings.link.LinkModel} saves as JSON and is hashed.
 *
 * <p>Worked example: list row "Bill Smyth, 1971-06-24, SW1A 1AA" against register row "William
 * Smith, 1971-06-24, SW1A 1AA". Prior −14.3 bits (one in 20,000 pairs match); forename "nickname
 * or alias" +6.1; surname "Jaro-Winkler ≥ 0.92" +5.0; date of birth "exact" +11.2; postcode
 * "exact" +9.8 and +2.0 because the postcode is rarer than most: total +19.8 bits, probability
 * 0.999999 — linked, with every part shown to whoever asks why.
 *
 * <p>Scale: candidate pairs are generated block by block from sorted keys and scored at once on
 * worker threads; only pairs above the review threshold are kept, in primitive arrays.
 */
package org.hustings.link;
