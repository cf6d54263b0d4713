/**
 * Synthetic electoral registers: a whole constituency, deterministic by seed, streamed at any
 * size from a thousand electors to the UK's 46 million.
 *
 * <p>The facade is {@link org.hustings.synth.SyntheticConstituency}; a
 * {@link org.hustings.synth.SynthSpec} says what to make, and a
 * {@link org.hustings.synth.SyntheticSink} receives it. One walk over the constituency yields
 * the first edition, the monthly notices of alteration, the next year's edition (re-numbered),
 * the marked register and absent-voter list of a past election, and the truth a rollover test
 * needs ({@link org.hustings.synth.RolloverTruth}). {@link org.hustings.synth.SyntheticFiles}
 * writes them through the register file writers of {@code org.hustings.ingest.register}.
 *
 * <p>How it stays streaming and reproducible: a district is planned first (its streets, their
 * names, postcodes and seeds: about a hundred bytes a street); then each street is drawn from its own
 * seeds — its shape, its people, their year, their votes — so that any street, and so any file,
 * can be regenerated alone. Only one street's people are in memory at a time. Names come from
 * arrays loaded once (Datafaker en-GB plus short lists of common British names), picked with
 * {@link java.util.SplittableRandom}.
 *
 * <p>Worked example (illustrative): in district {@code AA1} a house "3 Abbey Road" holds a
 * household of four numbered AA1-2 to AA1-5 on the first edition, the youngest an attainer
 * with the date they turn 18. A partner moving in in January is on the January notice as
 * AA1-5/1 (a late insertion after AA1-5); on the next edition everyone is re-numbered, say AA1-7
 * to AA1-11, the attainer has come of age and carries no date, and {@code truth-rollover.csv}
 * maps AA1-2 to AA1-7 and so on.
 */
package org.hustings.synth;
