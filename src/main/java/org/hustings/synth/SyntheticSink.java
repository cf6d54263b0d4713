package org.hustings.synth;

import org.hustings.register.AbsentVoter;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/**
 * Receives what the generator makes, in file order, while it walks the constituency once.
 * Every method defaults to doing nothing: implement only what you want written.
 */
public interface SyntheticSink {

    /** An entry of the first edition, in elector-number order within each district. */
    default void firstEdition(RegisterEntry entry) {
    }

    /** A row of one of the monthly notices (rows of different months arrive interleaved). */
    default void notice(NoticeRow row) {
    }

    /** An entry of the next edition, re-numbered from 1 in each district. */
    default void nextEdition(RegisterEntry entry) {
    }

    /** A line of the marked register of the past election. */
    default void mark(ElectionMark mark) {
    }

    /** A line of the absent-voter list of the past election ({@code returned} filled for postal kinds). */
    default void absentVoter(AbsentVoter voter) {
    }

    /** What really happened to one person between the editions. */
    default void truth(RolloverTruth truth) {
    }

    /** Called after each street with the number of first-edition entries made so far. */
    default void progress(long firstEditionEntries) {
    }
}
