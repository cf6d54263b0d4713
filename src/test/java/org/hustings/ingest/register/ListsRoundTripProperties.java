package org.hustings.ingest.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hustings.ingest.register.RegisterRoundTripProperties.read;
import static org.hustings.ingest.register.RegisterRoundTripProperties.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hustings.ingest.Problem;
import org.hustings.ingest.SourceFile;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/** Notices, marked registers and absent-voter lists: write random ones, read them back, get the same. */
class ListsRoundTripProperties {

    /** What each notice layout carries of the entry (it extends a register layout, or is Xpress's own). */
    static RegisterEntry carried(NoticeLayout layout, RegisterEntry e, long line) {
        return switch (layout) {
            case IDOX_NOTICE -> RegisterRoundTripProperties.carried(RegisterLayout.IDOX, e, line);
            case HALAROSE_NOTICE -> RegisterRoundTripProperties.carried(RegisterLayout.HALAROSE, e, line);
            case CHANGETYPE_NOTICE, XPRESS_NOTICE -> RegisterRoundTripProperties.carried(RegisterLayout.XPRESS, e, line);
        };
    }

    @Provide
    Arbitrary<List<Alteration>> alterations() {
        return Combinators.combine(Arbitraries.of(Alteration.Action.class), RegisterEntries.entries(5))
                .as((a, e) -> new Alteration(0, a, null, e))
                .list().ofMaxSize(25).uniqueElements(a -> a.entry().number());
    }

    @Provide
    Arbitrary<YearMonth> months() {
        return Arbitraries.integers().between(0, 120).map(i -> YearMonth.of(2020, 1).plusMonths(i));
    }

    @Property(tries = 120)
    void notices(@ForAll("alterations") List<Alteration> changes, @ForAll NoticeLayout layout,
                 @ForAll("months") YearMonth month, @ForAll boolean windows1252) throws IOException {
        Path file = write(windows1252 ? SourceFile.WINDOWS_1252 : StandardCharsets.UTF_8, w -> {
            try (RecordWriter<Alteration> out = RegisterWriters.notice(w, layout, month)) {
                changes.forEach(out::write);
            }
        });
        long first = layout == NoticeLayout.HALAROSE_NOTICE ? 3 : 2;
        List<Alteration> expected = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Alteration a = changes.get(i);
            expected.add(new Alteration(first + i, a.action(), NoticeCells.monthText(layout, month),
                    carried(layout, a.entry(), first + i)));
        }
        var read = read(RegisterReaders.notices(), file);
        assertThat(read.summary().layout()).isEqualTo(layout.id());
        assertThat(read.problems()).allSatisfy(p -> assertThat(p.code()).isEqualTo("unknown-marker"));
        assertThat(read.records()).containsExactlyElementsOf(expected);
    }

    @Property(tries = 60)
    void markedRegister(@ForAll("marks") List<ElectionMark> marks) throws IOException {
        Path file = write(StandardCharsets.UTF_8, w -> {
            try (RecordWriter<ElectionMark> out = RegisterWriters.markedRegister(w)) {
                marks.forEach(out::write);
            }
        });
        var read = read(RegisterReaders.markedRegister(), file);
        assertThat(read.summary().layout()).isEqualTo("marked");
        assertThat(read.problems()).isEmpty();
        List<ElectionMark> expected = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            expected.add(new ElectionMark(i + 2, marks.get(i).number(), marks.get(i).mark()));
        }
        assertThat(read.records()).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<List<ElectionMark>> marks() {
        return Combinators.combine(RegisterEntries.numbers(), Arbitraries.of(ElectionMark.Mark.class))
                .as((n, m) -> new ElectionMark(0, n, m)).list().ofMaxSize(40).uniqueElements(ElectionMark::number);
    }

    @Property(tries = 60)
    void absentVoters(@ForAll("absent") List<AbsentVoter> voters) throws IOException {
        Path file = write(SourceFile.WINDOWS_1252, w -> {
            try (RecordWriter<AbsentVoter> out = RegisterWriters.absentVoters(w, false)) {
                voters.forEach(out::write);
            }
        });
        var read = read(RegisterReaders.absentVoters(), file);
        assertThat(read.summary().layout()).isEqualTo("absent-voters");
        assertThat(read.problems()).isEmpty();
        List<AbsentVoter> expected = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            AbsentVoter v = voters.get(i);
            expected.add(new AbsentVoter(i + 2, v.number(), v.kind(), null, v.proxyName()));
        }
        assertThat(read.records()).containsExactlyElementsOf(expected);
    }

    @Provide
    Arbitrary<List<AbsentVoter>> absent() {
        return Combinators.combine(RegisterEntries.numbers(), Arbitraries.of(AbsentVoter.Kind.class),
                        Arbitraries.of("Zoë O'Néill", "Tom Smith-Jones", "Mary Ó Briain").injectNull(0.5))
                .as((n, k, p) -> new AbsentVoter(0, n, k, null, p)).list().ofMaxSize(40)
                .uniqueElements(AbsentVoter::number);
    }

    @Property(tries = 60)
    void markedPostal(@ForAll("postal") List<AbsentVoter> voters) throws IOException {
        Path file = write(StandardCharsets.UTF_8, w -> {
            try (RecordWriter<AbsentVoter> out = RegisterWriters.absentVoters(w, true)) {
                voters.forEach(out::write);
            }
        });
        var read = read(RegisterReaders.absentVoters(), file);
        assertThat(read.summary().layout()).isEqualTo("marked-postal");
        assertThat(read.problems()).isEmpty();
        List<AbsentVoter> expected = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            AbsentVoter v = voters.get(i);
            expected.add(new AbsentVoter(i + 2, v.number(), v.kind(), v.returned(), null));
        }
        assertThat(read.records()).containsExactlyElementsOf(expected);
        assertThat(read.problems()).noneMatch(p -> p.severity() == Problem.Severity.REJECTED);
    }

    @Provide
    Arbitrary<List<AbsentVoter>> postal() {
        return Combinators.combine(RegisterEntries.numbers(),
                        Arbitraries.of(AbsentVoter.Kind.POSTAL, AbsentVoter.Kind.POSTAL_PROXY), Arbitraries.of(true, false))
                .as((n, k, r) -> new AbsentVoter(0, n, k, r, null)).list().ofMaxSize(40)
                .uniqueElements(AbsentVoter::number);
    }
}
