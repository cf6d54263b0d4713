package org.hustings.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hustings.register.AbsentVoter;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/** One generation kept in memory for the tests that inspect records (small enough to hold). */
final class Generated implements SyntheticSink {
    final SynthSpec spec;
    final List<RegisterEntry> first = new ArrayList<>();
    final List<RegisterEntry> next = new ArrayList<>();
    final List<NoticeRow> notices = new ArrayList<>();
    final List<ElectionMark> marks = new ArrayList<>();
    final List<AbsentVoter> absent = new ArrayList<>();
    final List<RolloverTruth> truth = new ArrayList<>();

    private Generated(SynthSpec spec) {
        this.spec = spec;
    }

    static Generated of(SynthSpec spec) {
        Generated g = new Generated(spec);
        SyntheticConstituency.generate(spec, g);
        return g;
    }

    private static Generated large;

    /** 120,000 electors in 40 districts, 3 notices, next edition, a general election: shared by the rate tests. */
    static synchronized Generated large() {
        if (large == null) {
            large = of(SynthSpec.of(20240704L, 120_000, 40).withNotices(3).withNextEdition(true)
                    .withElection(new PastElection("UK Parliamentary general election", LocalDate.of(2024, 7, 4))));
        }
        return large;
    }

    @Override
    public void firstEdition(RegisterEntry entry) {
        first.add(entry);
    }

    @Override
    public void nextEdition(RegisterEntry entry) {
        next.add(entry);
    }

    @Override
    public void notice(NoticeRow row) {
        notices.add(row);
    }

    @Override
    public void mark(ElectionMark mark) {
        marks.add(mark);
    }

    @Override
    public void absentVoter(AbsentVoter voter) {
        absent.add(voter);
    }

    @Override
    public void truth(RolloverTruth t) {
        truth.add(t);
    }
}
