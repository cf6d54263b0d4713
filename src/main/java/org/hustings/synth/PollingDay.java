package org.hustings.synth;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.hustings.register.AbsentVoter;
import org.hustings.register.ElectionMark;

/**
 * The past election: who was on the register that day (the first edition as altered by the
 * notices published up to polling day), who had a postal or proxy vote, who was issued a
 * ballot paper. Postal voters return about four in five ballots; about 65% vote in all, a quarter
 * of them by post.
 */
final class PollingDay {
    private final SynthSpec spec;
    private final SyntheticSink sink;
    private final int noticesApplied;
    private final boolean parliamentary;
    private long markLines;
    private long absentLines;

    PollingDay(SynthSpec spec, SyntheticSink sink) {
        this.spec = spec;
        this.sink = sink;
        int monthsIn = (int) ChronoUnit.MONTHS.between(YearMonth.from(spec.edition()), YearMonth.from(spec.election().held()));
        this.noticesApplied = Math.min(spec.notices(), monthsIn);
        this.parliamentary = spec.election().ukParliamentary();
    }

    void vote(Person p, SplittableRandom r) {
        if (!onRegister(p)) {
            return;
        }
        double kind = r.nextDouble();
        double turnout = r.nextDouble();
        if (!mayVote(p)) {
            sink.mark(new ElectionMark(++markLines, p.firstNumber, ElectionMark.Mark.NOT_VOTED));
            return;
        }
        AbsentVoter.Kind absent = kind < Rates.POSTAL ? AbsentVoter.Kind.POSTAL
                : kind < Rates.POSTAL + Rates.PROXY ? AbsentVoter.Kind.PROXY
                : kind < Rates.POSTAL + Rates.PROXY + Rates.POSTAL_PROXY ? AbsentVoter.Kind.POSTAL_PROXY : null;
        ElectionMark.Mark mark;
        if (absent == AbsentVoter.Kind.POSTAL || absent == AbsentVoter.Kind.POSTAL_PROXY) {
            boolean returned = turnout < Rates.POSTAL_RETURNED;
            mark = returned ? ElectionMark.Mark.POSTAL : ElectionMark.Mark.NOT_VOTED;
            sink.absentVoter(new AbsentVoter(++absentLines, p.firstNumber, absent, returned,
                    absent == AbsentVoter.Kind.POSTAL_PROXY ? proxy(r) : null));
        } else {
            mark = turnout < Rates.IN_PERSON ? ElectionMark.Mark.IN_PERSON : ElectionMark.Mark.NOT_VOTED;
            if (absent == AbsentVoter.Kind.PROXY) {
                sink.absentVoter(new AbsentVoter(++absentLines, p.firstNumber, absent, null, proxy(r)));
            }
        }
        sink.mark(new ElectionMark(++markLines, p.firstNumber, mark));
    }

    /** On the first edition or added by a published notice by polling day, and not deleted by then. */
    private boolean onRegister(Person p) {
        if (p.firstNumber == null || p.createdAndDeleted) {
            return false;
        }
        boolean added = p.inFirst || p.addedMonth <= noticesApplied;
        boolean deleted = p.deletedMonth >= 1 && p.deletedMonth <= noticesApplied;
        return added && !deleted;
    }

    /**
     * The franchise as the markers record it: at a UK Parliamentary election EU citizens (G, B)
     * and peers (L) have no vote; at other elections overseas electors (F) have none; an attainer
     * votes only once 18 (Representation of the People Act 1983 ss 1-2, 4).
     */
    private boolean mayVote(Person p) {
        String m = p.markers;
        if (p.attainerDate != null && p.attainerDate.isAfter(spec.election().held())) {
            return false;
        }
        if (parliamentary) {
            return m.indexOf('G') < 0 && m.indexOf('B') < 0 && m.indexOf('L') < 0;
        }
        return m.indexOf('F') < 0;
    }

    private static String proxy(SplittableRandom r) {
        NameLists n = NameLists.get();
        boolean female = r.nextBoolean();
        return n.forename(r, female) + " " + n.surname(r);
    }
}
