package org.hustings.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.ingest.register.RegisterReaders;
import org.hustings.register.MatchKey;
import org.hustings.register.RegisterEntry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the generator writes, the register readers read back: same layout, same rows, same people. */
class RoundTripTest {
    /** The only problems a generated folder may raise: both are deliberate. */
    private static final Set<String> EXPECTED_WARNINGS = Set.of("unknown-marker", "created-and-deleted");
    private static final SynthSpec SPEC = SynthSpec.of(99, 20_000, 4).withNotices(3).withNextEdition(true)
            .withElection(new PastElection("UK Parliamentary general election", LocalDate.of(2024, 7, 4)));

    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(RegisterLayout.class)
    void everyGeneratedFileReadsBackWithoutARejectedRow(RegisterLayout layout) {
        Manifest m = SyntheticFiles.write(SPEC, SyntheticFiles.Options.of(layout), tmp, n -> { });
        List<Problem> problems = new ArrayList<>();
        for (Manifest.File f : m.files()) {
            RecordReader<?> reader = switch (f.kind()) {
                case "register" -> RegisterReaders.register();
                case "notice" -> RegisterReaders.notices();
                case "marked-register" -> RegisterReaders.markedRegister();
                case "absent-voters", "marked-postal" -> RegisterReaders.absentVoters();
                default -> null;
            };
            if (reader == null) {
                continue;
            }
            ReadSummary s = reader.read(SourceFile.inspect(tmp.resolve(f.file())), r -> { }, problems::add);
            assertThat(s.layout()).as(f.file()).isEqualTo(f.layout());
            assertThat(s.rows()).as(f.file()).isEqualTo(f.rows());
            assertThat(s.rejected()).as(f.file() + " " + problems).isZero();
        }
        assertThat(problems).allSatisfy(p -> assertThat(p.code()).as(p.toString()).isIn(EXPECTED_WARNINGS));
        assertThat(problems).anySatisfy(p -> assertThat(p.code()).isEqualTo("unknown-marker"));
        if (SyntheticFiles.noticeLayoutFor(layout) == org.hustings.ingest.register.NoticeLayout.XPRESS_NOTICE) {
            assertThat(problems).anySatisfy(p -> assertThat(p.code()).isEqualTo("created-and-deleted"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = RegisterLayout.class, names = {"XPRESS", "IDOX", "HALAROSE", "ROLLNO"})
    void theSamePeopleComeBack(RegisterLayout layout) {
        SynthSpec spec = SynthSpec.of(5, 5_000, 2);
        List<String> written = new ArrayList<>();
        SyntheticConstituency.firstEdition(spec, e -> written.add(e.number() + " " + MatchKey.of(e) + " " + e.markers().letters()));
        Manifest m = SyntheticFiles.write(spec, SyntheticFiles.Options.of(layout), tmp, n -> { });
        List<String> read = new ArrayList<>();
        RegisterReaders.register().read(SourceFile.inspect(tmp.resolve(m.files("register").get(0).file())),
                (RegisterEntry e) -> read.add(e.number() + " " + MatchKey.of(e) + " " + e.markers().letters()), p -> { });
        assertThat(read).isEqualTo(written);
    }
}
