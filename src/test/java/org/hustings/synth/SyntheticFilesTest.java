package org.hustings.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hustings.HustingsException;
import org.hustings.ingest.register.NoticeLayout;
import org.hustings.ingest.register.RegisterLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Files written through the register writers: deterministic, complete, in the vendor's charset. */
class SyntheticFilesTest {
    private static final SynthSpec SMALL = SynthSpec.of(7, 6_000, 3).withNotices(2).withNextEdition(true)
            .withElection(new PastElection("Borough council election", LocalDate.of(2025, 5, 1)));

    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesByteIdenticalFilesAndAnotherSeedDifferentOnes() throws IOException {
        Manifest a = SyntheticFiles.write(SMALL, SyntheticFiles.Options.of(RegisterLayout.XPRESS), tmp.resolve("a"), n -> { });
        SyntheticFiles.write(SMALL, SyntheticFiles.Options.of(RegisterLayout.XPRESS), tmp.resolve("b"), n -> { });
        SyntheticFiles.write(SMALL.withSeed(8), SyntheticFiles.Options.of(RegisterLayout.XPRESS), tmp.resolve("c"), n -> { });
        assertThat(a.files()).hasSize(8);
        for (Manifest.File f : a.files()) {
            byte[] one = Files.readAllBytes(tmp.resolve("a").resolve(f.file()));
            assertThat(one).as(f.file()).isNotEmpty().isEqualTo(Files.readAllBytes(tmp.resolve("b").resolve(f.file())));
            assertThat(one).as(f.file()).isNotEqualTo(Files.readAllBytes(tmp.resolve("c").resolve(f.file())));
        }
    }

    @Test
    void truthFileReadsBackAsWritten() {
        Manifest m = SyntheticFiles.write(SMALL, SyntheticFiles.Options.of(RegisterLayout.XPRESS), tmp, n -> { });
        List<RolloverTruth> written = new java.util.ArrayList<>();
        SyntheticConstituency.rolloverTruth(SMALL, written::add);
        List<RolloverTruth> read = new java.util.ArrayList<>();
        RolloverTruth.read(tmp.resolve("truth-rollover.csv"), read::add);
        assertThat(read).hasSize((int) m.files("truth-rollover").get(0).rows()).isEqualTo(written);
    }

    @Test
    void districtCodesStayUniqueUpToSixtyThousand() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int d = 0; d < 60_000; d++) {
            assertThat(codes.add(DistrictPlan.code(d))).as("district %d: %s", d, DistrictPlan.code(d)).isTrue();
        }
        assertThat(DistrictPlan.code(0)).isEqualTo("AA1");
        assertThat(DistrictPlan.code(1)).isEqualTo("AB2");
    }

    @Test
    void demoPresetSizes() {
        SynthSpec demo = SynthSpec.demo();
        Manifest m = SyntheticFiles.write(demo, SyntheticFiles.Options.of(RegisterLayout.XPRESS), tmp, n -> { });
        assertThat(m.electors()).isEqualTo(75_000);
        assertThat(m.districts()).containsExactly("AA1", "AB2", "AC3", "AD4", "AE5", "AF6", "AG7", "AH8");
        assertThat(m.edition()).isEqualTo("2023-12-01");
        assertThat(m.held()).isEqualTo("2024-07-04");
        assertThat(m.files("register")).singleElement().satisfies(f -> assertThat(f.rows()).isEqualTo(75_000));
        assertThat(m.files("notice")).hasSize(2).allSatisfy(f -> assertThat(f.rows()).isBetween(150L, 1_500L));
        assertThat(m.files("marked-register")).singleElement().satisfies(f -> assertThat(f.rows()).isBetween(74_000L, 76_000L));
        assertThat(m.files("absent-voters")).singleElement().satisfies(f -> assertThat(f.rows()).isBetween(13_000L, 18_000L));
        assertThat(m.files("marked-postal")).singleElement();
        assertThat(m.files("truth-rollover")).isEmpty();
        assertThat(lines(tmp.resolve("register-2023-12-01.csv"), SyntheticFiles.WINDOWS_1252)).hasSize(75_001);
        assertThat(Manifest.read(tmp.resolve(Manifest.NAME))).isEqualTo(m);
    }

    @Test
    void xpressNoticeCarriesRowsCreatedAndDeletedInTheSameMonth() {
        Manifest m = SyntheticFiles.write(SynthSpec.of(3, 40_000, 8).withNotices(3),
                SyntheticFiles.Options.of(RegisterLayout.XPRESS), tmp, n -> { });
        long both = 0;
        long rows = 0;
        for (Manifest.File f : m.files("notice")) {
            List<CsvRecord> records = records(tmp.resolve(f.file()), SyntheticFiles.WINDOWS_1252);
            assertThat(records.get(0).getField(16)).isEqualTo("ElectorCreatedMonth");
            for (CsvRecord r : records.subList(1, records.size())) {
                rows++;
                assertThat(r.getFieldCount()).isEqualTo(23);
                if (!r.getField(16).isEmpty() && !r.getField(18).isEmpty()) {
                    both++;
                    assertThat(r.getField(16)).isEqualTo(r.getField(18));
                    assertThat(r.getField(12)).contains("/");
                }
            }
            assertThat(records.size() - 1L).isEqualTo(f.rows());
        }
        assertThat(both).isPositive().isLessThan(rows / 10);
    }

    @Test
    void xpressFilesAreWindows1252AndOthersUtf8() throws IOException {
        Manifest x = SyntheticFiles.write(SMALL.withNotices(1), SyntheticFiles.Options.of(RegisterLayout.XPRESS), tmp.resolve("x"), n -> { });
        assertThat(x.files("register")).allSatisfy(f -> assertThat(f.charset()).isEqualTo("windows-1252"));
        Manifest h = SyntheticFiles.write(SMALL.withNotices(1), SyntheticFiles.Options.of(RegisterLayout.HALAROSE), tmp.resolve("h"), n -> { });
        assertThat(h.files("register")).allSatisfy(f -> assertThat(f.charset()).isEqualTo("UTF-8"));
        String xs = Files.readString(tmp.resolve("x/register-2024-12-01.csv"), SyntheticFiles.WINDOWS_1252);
        String hs = Files.readString(tmp.resolve("h/register-2024-12-01.csv"), StandardCharsets.UTF_8);
        // same people, each file decodes cleanly in its charset and carries the accented names
        assertThat(xs).doesNotContain("\uFFFD").containsPattern("[éëâáíóú]");
        assertThat(hs).doesNotContain("\uFFFD").containsPattern("[éëâáíóú]");
        byte[] raw = Files.readAllBytes(tmp.resolve("x/register-2024-12-01.csv"));
        assertThat(new String(raw, StandardCharsets.UTF_8)).as("not UTF-8").contains("\uFFFD");
    }

    @ParameterizedTest
    @EnumSource(RegisterLayout.class)
    void everyRegisterLayoutWithItsNoticeLayout(RegisterLayout layout) {
        Manifest m = SyntheticFiles.write(SMALL, SyntheticFiles.Options.of(layout), tmp, n -> { });
        assertThat(m.files("register")).allSatisfy(f -> assertThat(f.layout()).isEqualTo(layout.id()));
        assertThat(m.files("notice")).allSatisfy(f -> assertThat(f.layout()).isEqualTo(SyntheticFiles.noticeLayoutFor(layout).id()));
        Manifest.File reg = m.files("register").get(0);
        List<CsvRecord> rows = records(tmp.resolve(reg.file()), reg.charset().equals("UTF-8") ? StandardCharsets.UTF_8 : SyntheticFiles.WINDOWS_1252);
        assertThat(rows.get(0).getFields()).isEqualTo(layout.header());
        assertThat(rows).hasSize(6_001);
        assertThat(m.files("register").get(0).importCommand()).startsWith("hustings import register --authority ");
    }

    @ParameterizedTest
    @EnumSource(NoticeLayout.class)
    void everyNoticeLayout(NoticeLayout layout) {
        Manifest m = SyntheticFiles.write(SMALL, new SyntheticFiles.Options(RegisterLayout.IDOX, layout, StandardCharsets.UTF_8),
                tmp, n -> { });
        assertThat(m.files("notice")).hasSize(2).allSatisfy(f -> {
            assertThat(f.layout()).isEqualTo(layout.id());
            assertThat(f.rows()).isPositive();
        });
    }

    @Test
    void aSpecOutsideItsLimitsIsRefusedInPlainWords() {
        assertThatThrownBy(() -> SynthSpec.of(1, 0, 1)).isInstanceOf(HustingsException.class).hasMessageContaining("--electors");
        assertThatThrownBy(() -> SynthSpec.of(1, 1000, 1).withNotices(12)).hasMessageContaining("--notices");
        assertThatThrownBy(() -> SynthSpec.of(1, 1000, 1).withAuthority("Adur", "Adur")).hasMessageContaining("GSS");
    }

    static List<CsvRecord> records(Path file, java.nio.charset.Charset cs) {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file, cs)) {
            return r.stream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file, java.nio.charset.Charset cs) {
        try (Stream<String> s = Files.lines(file, cs)) {
            return s.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
