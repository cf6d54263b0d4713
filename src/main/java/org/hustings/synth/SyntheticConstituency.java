package org.hustings.synth;

import java.util.function.Consumer;
import org.hustings.register.AbsentVoter;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/**
 * The synthetic register generator: a whole constituency from a {@link SynthSpec}, streamed.
 *
 * <p>{@link #generate} walks the constituency once and hands every entry, notice row, mark,
 * absent voter and rollover truth to a {@link SyntheticSink}; the other methods regenerate one
 * output alone. Output is identical for the same spec, and memory does not grow with the number
 * of electors.
 */
public final class SyntheticConstituency {
    private SyntheticConstituency() {
    }

    /** Walks the constituency once, handing everything to {@code sink}. */
    public static void generate(SynthSpec spec, SyntheticSink sink) {
        new ConstituencyWalk(spec, sink).run();
    }

    /** The first edition, in elector-number order. */
    public static void firstEdition(SynthSpec spec, Consumer<RegisterEntry> out) {
        generate(spec, new SyntheticSink() {
            @Override
            public void firstEdition(RegisterEntry entry) {
                out.accept(entry);
            }
        });
    }

    /** The next year's edition, re-numbered (whatever {@link SynthSpec#nextEdition()} says). */
    public static void nextEdition(SynthSpec spec, Consumer<RegisterEntry> out) {
        generate(spec.withNextEdition(true), new SyntheticSink() {
            @Override
            public void nextEdition(RegisterEntry entry) {
                out.accept(entry);
            }
        });
    }

    /** The rows of one monthly notice, {@code notice} from 1 to {@link SynthSpec#notices()}. */
    public static void notice(SynthSpec spec, int notice, Consumer<NoticeRow> out) {
        generate(spec, new SyntheticSink() {
            @Override
            public void notice(NoticeRow row) {
                if (row.notice() == notice) {
                    out.accept(row);
                }
            }
        });
    }

    /** The marked register of the spec's election (nothing when it has none). */
    public static void markedRegister(SynthSpec spec, Consumer<ElectionMark> out) {
        generate(spec, new SyntheticSink() {
            @Override
            public void mark(ElectionMark mark) {
                out.accept(mark);
            }
        });
    }

    /** The absent-voter list of the spec's election (nothing when it has none). */
    public static void absentVoters(SynthSpec spec, Consumer<AbsentVoter> out) {
        generate(spec, new SyntheticSink() {
            @Override
            public void absentVoter(AbsentVoter voter) {
                out.accept(voter);
            }
        });
    }

    /** What happened to each person between the first and the next edition. */
    public static void rolloverTruth(SynthSpec spec, Consumer<RolloverTruth> out) {
        generate(spec, new SyntheticSink() {
            @Override
            public void truth(RolloverTruth truth) {
                out.accept(truth);
            }
        });
    }
}
