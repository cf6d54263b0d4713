package org.hustings.synth;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hustings.register.Alteration;
import org.hustings.register.ElectorNumber;

/**
 * Walks the constituency district by district and street by street, numbering each person on
 * the first edition (late insertions from notices take a suffix after the elector before them:
 * {@code 124/1}) and on the next edition (everyone re-numbered from 1), and hands every row to
 * the sink. Holds one district plan and one street at a time.
 */
final class ConstituencyWalk {
    private final SynthSpec spec;
    private final SyntheticSink sink;
    private final PollingDay poll;
    private final long[] noticeLines;
    private final String[] monthNames;
    private long firstLines;
    private long nextLines;

    // numbering state within the current district
    private String code;
    private int first;
    private int suffix;
    private int next;

    ConstituencyWalk(SynthSpec spec, SyntheticSink sink) {
        this.spec = spec;
        this.sink = sink;
        this.poll = spec.election() == null ? null : new PollingDay(spec, sink);
        this.noticeLines = new long[spec.notices() + 1];
        this.monthNames = new String[spec.notices() + 1];
        for (int m = 1; m <= spec.notices(); m++) {
            monthNames[m] = month(m).getMonth().getDisplayName(TextStyle.SHORT, Locale.UK);
        }
    }

    YearMonth month(int m) {
        return YearMonth.from(spec.edition()).plusMonths(m);
    }

    void run() {
        SplittableRandom c = Seeds.rng(spec.seed(), Seeds.CONSTITUENCY, 0, 0);
        String area = NameLists.get().postcodeArea(c);
        int outwardBase = c.nextInt(40);
        long per = spec.electors() / spec.districts();
        long extra = spec.electors() % spec.districts();
        for (int d = 0; d < spec.districts(); d++) {
            DistrictPlan plan = DistrictPlan.of(spec.seed(), d, per + (d < extra ? 1 : 0), area, outwardBase);
            district(plan);
        }
    }

    private void district(DistrictPlan plan) {
        code = plan.code;
        first = 0;
        suffix = 0;
        next = 0;
        for (DistrictPlan.Street street : plan.streets) {
            List<Person> people = StreetModel.build(plan, street, spec.edition());
            SplittableRandom votes = Seeds.of(street.seed(), Seeds.ELECTION);
            for (Person p : people) {
                person(p, votes);
            }
            sink.progress(firstLines);
        }
        List<Person> others = OtherElectors.of(spec, plan);
        SplittableRandom votes = Seeds.rng(spec.seed(), Seeds.ELECTION, plan.index, -1);
        for (Person p : others) {
            person(p, votes);
        }
        sink.progress(firstLines);
    }

    private void person(Person p, SplittableRandom votes) {
        if (p.inFirst) {
            p.firstNumber = new ElectorNumber(code, ++first, 0);
            suffix = 0;
            sink.firstEdition(p.asFirst(++firstLines, code));
        } else if (p.addedMonth >= 1 && p.addedMonth <= spec.notices() && first > 0) {
            p.firstNumber = new ElectorNumber(code, first, ++suffix);
        }
        if (p.inNext) {
            p.nextNumber = new ElectorNumber(code, ++next, 0);
            if (spec.nextEdition()) {
                sink.nextEdition(p.asNext(++nextLines, code, spec.nextEditionDate()));
            }
        }
        notices(p);
        if (poll != null) {
            poll.vote(p, votes);
        }
        truth(p);
    }

    private void notices(Person p) {
        if (p.firstNumber == null) {
            return;
        }
        int n = spec.notices();
        if (!p.inFirst && p.addedMonth <= n) {
            emit(p.addedMonth, Alteration.Action.CREATE, p, false, p.createdAndDeleted);
        }
        if (p.amendment != Person.Amendment.NONE && p.amendedMonth <= n) {
            emit(p.amendedMonth, Alteration.Action.AMEND, p, true, false);
        }
        if (p.deletedMonth >= 1 && p.deletedMonth <= n && !p.createdAndDeleted) {
            emit(p.deletedMonth, Alteration.Action.DELETE, p, false, false);
        }
    }

    private void emit(int m, Alteration.Action action, Person p, boolean amended, boolean createdAndDeleted) {
        long line = ++noticeLines[m];
        var entry = amended ? p.asAmended(line, code) : p.asFirst(line, code);
        sink.notice(new NoticeRow(m, month(m), new Alteration(line, action, monthNames[m], entry), createdAndDeleted));
    }

    private void truth(Person p) {
        if (p.createdAndDeleted || (p.firstNumber == null && p.nextNumber == null)) {
            return;
        }
        RolloverTruth.Status status;
        if (p.firstNumber == null) {
            status = RolloverTruth.Status.NEW;
        } else if (p.nextNumber == null) {
            status = RolloverTruth.Status.MOVED_OUT;
        } else if (p.anonymous()) {
            status = RolloverTruth.Status.ANONYMOUS;
        } else if (p.amendment == Person.Amendment.RENAMED) {
            status = RolloverTruth.Status.RENAMED;
        } else {
            status = RolloverTruth.Status.UNCHANGED;
        }
        sink.truth(new RolloverTruth(p.key, p.firstNumber, p.nextNumber, status));
    }
}
