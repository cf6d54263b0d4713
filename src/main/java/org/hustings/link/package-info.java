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
 * <p>Worked example (a real pair from the synthetic bench, 5,000-row list against a 20,000-person
 * register): list row "Timmy Nicloas, 1973-09-05, (no house number), Bret Lake, North Suziestad,
 * GL3 1YL" against register row "Timothy Nicolas, 1973-09-05, 69 Bret Lake, North Suziestad,
 * GL3 1YL". Prior −14.51 bits (about one pair in 23,000 matches); forename "nickname or alias"
 * +5.01; surname "Jaro-Winkler ≥ 0.92" +8.97; date of birth "exact" +13.58; address "same
 * postcode" +11.74 (the house number is missing on one side, so not "same address"): total +24.79
 * bits, probability 0.99999997 — linked, with every part shown to whoever asks why.
 *
 * <p>Scale: candidate pairs are generated block by block from sorted keys and scored at once on
 * worker threads; only pairs above the review threshold are kept, in primitive arrays.
 */
package org.hustings.link;
