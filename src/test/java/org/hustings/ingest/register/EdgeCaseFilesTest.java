package org.hustings.ingest.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.Problem;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.Alteration.Action;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;
import org.junit.jupiter.api.Test;

/**
 * Hand-written files in src/test/resources/register (kept byte-exact by .gitattributes): the
 * exact problems — line, field, code, severity — and what is handed on.
 */
class EdgeCaseFilesTest {

    static Path resource(String name) {
        try {
            return Path.of(EdgeCaseFilesTest.class.getResource("/register/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> RegisterRoundTripProperties.Read<T> read(RecordReader<T> reader, String name) {
        return RegisterRoundTripProperties.read(reader, resource(name));
    }

    /** "line field code R|W" for compact exact assertions. */
    static List<String> codes(List<Problem> problems) {
        return problems.stream().map(p -> p.line() + " " + p.field() + " " + p.code() + " "
                + (p.severity() == Problem.Severity.REJECTED ? "R" : "W")).toList();
    }

    @Test
    void xpressWithCrlfBadDateUnknownMarkerAnonymousDuplicateShortRowAndQuotedNewline() {
        var r = read(RegisterReaders.register(), "xpress-edge.csv");
        assertThat(codes(r.problems())).containsExactly(
                "3 Elector DOB bad-date R",
                "4 Elector Markers unknown-marker W",
                "5 null anonymous-with-name W",
                "8 Elector Number bad-elector-number R",
                "9 Elector Number duplicate-elector-number R",
                "10 null wrong-field-count R",
                "13 PostCode bad-postcode W");
        assertThat(r.problems().get(0).value()).isEqualTo("31/02/1990");
        assertThat(r.summary()).isEqualTo(new org.hustings.ingest.ReadSummary("xpress", 12, 8, 4));
        List<RegisterEntry> e = r.records();
        assertThat(e).extracting(RegisterEntry::line).containsExactly(2L, 4L, 5L, 6L, 7L, 11L, 13L, 14L);
        assertThat(e.get(0).postcode()).isEqualTo("LE65 1AB");
        assertThat(e.get(0).birthDate()).isEqualTo(LocalDate.of(1980, 3, 12));
        assertThat(e.get(1).markers().letters()).isEqualTo("FXQ");
        RegisterEntry anonymous = e.get(2);
        assertThat(anonymous.anonymous()).isTrue();
        assertThat(anonymous.surname()).isNull();
        assertThat(anonymous.forenames()).isNull();
        assertThat(anonymous.address()).isEmpty();
        assertThat(anonymous.postcode()).isNull();
        assertThat(e.get(4).number().canonical()).isEqualTo("BW1-6/1");
        assertThat(e.get(4).surname()).isEqualTo("O'Néill");
        assertThat(e.get(4).forenames()).isEqualTo("Zoë");
        assertThat(e.get(4).address()).containsExactly("Flat 1, 6 High Street");
        assertThat(e.get(5).address().get(0)).startsWith("10 Downing Street").endsWith("Westminster");
        assertThat(e.get(6).postcode()).isEqualTo("NOT A POSTCODE");
    }

    @Test
    void windows1252NamesAreDecodedAndTheCombinedNameSplit() {
        assertThat(SourceFile.inspect(resource("xpress-name-1252.csv")).charset()).isEqualTo(SourceFile.WINDOWS_1252);
        var r = read(RegisterReaders.register(), "xpress-name-1252.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary().layout()).isEqualTo("xpress-name");
        assertThat(r.records()).extracting(RegisterEntry::forenames).containsExactly("Zoë", "Siân", null);
        assertThat(r.records()).extracting(RegisterEntry::surname).containsExactly("O'Néill", "O\u2019Brien", "Müller");
        assertThat(r.records().get(0).address()).containsExactly("1 Église Road");
    }

    @Test
    void idoxWithBomOptOutPrefixAndHouseNumberFallback() {
        var r = read(RegisterReaders.register(), "idox-bom.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.summary().layout()).isEqualTo("idox");
        RegisterEntry z = r.records().get(0);
        assertThat(z.number().canonical()).isEqualTo("AB-124/1");
        assertThat(z.optedOut()).isTrue();
        assertThat(z.surname()).isEqualTo("Smith");
        assertThat(z.attainerDate()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(z.postcode()).isEqualTo("CR2 6XH");
        assertThat(r.records().get(1).address()).containsExactly("Flat B", "12 Station Road");
        assertThat(r.records().get(1).optedOut()).isFalse();
        assertThat(r.records().get(2).optedOut()).isTrue();
        assertThat(r.records().get(2).surname()).isNull();
    }

    @Test
    void aTruncatedLastLineIsReportedOnThatLine() {
        var missing = read(RegisterReaders.register(), "idox-truncated.csv");
        assertThat(codes(missing.problems())).containsExactly("4 null truncated-line R");
        assertThat(missing.records()).hasSize(2);
        var openQuote = read(RegisterReaders.register(), "xpress-open-quote.csv");
        assertThat(codes(openQuote.problems())).containsExactly("3 null truncated-line R");
        assertThat(openQuote.problems().get(0).message()).contains("quoted field is never closed");
        assertThat(openQuote.records()).hasSize(1);
    }

    @Test
    void tabSeparatedRollNo() {
        var r = read(RegisterReaders.register(), "rollno.tsv");
        assertThat(codes(r.problems())).containsExactly("4 RollNo bad-elector-number R");
        assertThat(r.summary().layout()).isEqualTo("rollno");
        assertThat(r.records()).extracting(e -> e.number().canonical()).containsExactly("KD-5", "KD-6/2");
        assertThat(r.records().get(0).title()).isEqualTo("Dr");
        assertThat(r.records().get(0).initials()).isEqualTo("A");
        assertThat(r.records().get(1).markers().letters()).isEqualTo("FG");
        assertThat(r.records().get(1).attainerDate()).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void halaroseOptOutOrUprnInTheOptOutColumnAndMarkersFromFlagThenStatus() {
        var r = read(RegisterReaders.register(), "halarose.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.records()).extracting(RegisterEntry::optedOut).containsExactly(true, false, false);
        assertThat(r.records()).extracting(RegisterEntry::uprn).containsExactly(null, "100023336956", null);
        assertThat(r.records().get(0).markers().letters()).isEqualTo("GK");
        assertThat(r.records().get(1).nameSuffix()).isEqualTo("Jr");
        assertThat(r.records().get(1).attainerDate()).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    private static List<String> actions(List<Alteration> a) {
        return a.stream().map(x -> x.line() + " " + x.entry().number() + " " + x.action() + " " + x.month()).toList();
    }

    @Test
    void halaroseNoticeAfterMonthlyAdditionsLinesWithPrecedence() {
        var r = read(RegisterReaders.notices(), "halarose-notice.csv");
        assertThat(codes(r.problems())).containsExactly(
                "4 null superseded W",
                "6 null superseded W",
                "8 null created-and-deleted W",
                "9 null created-and-deleted W",
                "10 Status bad-action R");
        assertThat(actions(r.records())).containsExactly(
                "5 HA-1 AMEND November", "7 HA-2 DELETE November", "11 HA-5 CREATE November");
        assertThat(r.records().get(0).entry().surname()).isEqualTo("Smyth");
        assertThat(r.summary()).isEqualTo(new org.hustings.ingest.ReadSummary("halarose-notice", 8, 3, 1));
    }

    @Test
    void idoxNoticeActionCodes() {
        var r = read(RegisterReaders.notices(), "idox-notice.csv");
        assertThat(codes(r.problems())).containsExactly(
                "2 null superseded W",
                "4 null superseded W",
                "6 null created-and-deleted W",
                "7 null created-and-deleted W",
                "8 Action bad-action R",
                "10 Action missing-field R");
        assertThat(actions(r.records())).containsExactly("3 AB-1 AMEND Nov", "5 AB-2 DELETE Nov", "9 AB-5 CREATE null");
    }

    @Test
    void changeTypeNotice() {
        var r = read(RegisterReaders.notices(), "changetype-notice.csv");
        assertThat(codes(r.problems())).containsExactly(
                "2 null superseded W",
                "5 null superseded W",
                "6 null created-and-deleted W",
                "7 null created-and-deleted W",
                "8 ChangeTypeID bad-action R",
                "9 Elector DOB bad-date R");
        assertThat(actions(r.records())).containsExactly("3 BW1-1 AMEND null", "4 BW1-2 DELETE null");
    }

    @Test
    void xpressNoticeMonthCellsDeleteBeatsAmendBeatsCreate() {
        var r = read(RegisterReaders.notices(), "xpress-notice.csv");
        assertThat(codes(r.problems())).containsExactly(
                "2 ElectorCreatedMonth, ElectorDeletedMonth created-and-deleted W",
                "6 null superseded W",
                "7 ElectorCreatedMonth, ElectorChangedMonth, ElectorDeletedMonth bad-action R");
        assertThat(actions(r.records())).containsExactly("3 BW1-2 AMEND 01-Nov-2026", "4 BW1-3 DELETE 01-Nov-2026",
                "5 BW1-4 AMEND 01-Nov-2026", "8 BW1-6 CREATE 01-Nov-2026");
        RegisterEntry zoe = r.records().get(3).entry();
        assertThat(zoe.forenames()).isEqualTo("Zoë");
        assertThat(zoe.surname()).isEqualTo("O'Néill");
        assertThat(zoe.birthDate()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(r.records().get(2).entry().surname()).isEqualTo("Smyth");
    }

    @Test
    void markedRegisterByDistrictAndNumber() {
        var r = read(RegisterReaders.markedRegister(), "marked.csv");
        assertThat(codes(r.problems())).containsExactly(
                "6 Mark bad-mark R", "7 ENO duplicate-elector-number R", "8 ENO missing-field R");
        assertThat(r.records()).extracting(ElectionMark::mark).containsExactly(ElectionMark.Mark.IN_PERSON,
                ElectionMark.Mark.POSTAL, ElectionMark.Mark.NOT_VOTED, ElectionMark.Mark.NOT_VOTED);
    }

    @Test
    void absentVotersAndMarkedPostalList() {
        var absent = read(RegisterReaders.absentVoters(), "absent.csv");
        assertThat(codes(absent.problems())).containsExactly("5 Type bad-absent-type R", "6 Type missing-field R");
        assertThat(absent.records()).extracting(AbsentVoter::kind).containsExactly(AbsentVoter.Kind.POSTAL,
                AbsentVoter.Kind.POSTAL_PROXY, AbsentVoter.Kind.PROXY);
        assertThat(absent.records().get(1).proxyName()).isEqualTo("Jo Bloggs");
        var postal = read(RegisterReaders.absentVoters(), "marked-postal.csv");
        assertThat(postal.summary().layout()).isEqualTo("marked-postal");
        assertThat(codes(postal.problems())).containsExactly(
                "5 PVSStatus bad-mark R", "6 Type bad-absent-type R", "7 ElectorNo bad-elector-number R");
        assertThat(postal.records()).extracting(AbsentVoter::returned).containsExactly(true, false, true);
    }

    @Test
    void genericCsvWithMappingFile() {
        var r = RegisterRoundTripProperties.read(RegisterReaders.register(resource("generic.properties")),
                resource("generic.csv"));
        assertThat(codes(r.problems())).containsExactly("3 Born bad-date R");
        assertThat(r.summary().layout()).isEqualTo("generic");
        RegisterEntry e = r.records().get(0);
        assertThat(e.number().canonical()).isEqualTo("WX-12");
        assertThat(e.birthDate()).isEqualTo(LocalDate.of(1980, 12, 1));
        assertThat(e.address()).containsExactly("1 Long Road", "Leek");
        assertThat(e.postcode()).isEqualTo("ST13 5HA");
        assertThat(e.markers().letters()).isEqualTo("F");
    }

    @Test
    void aBadMappingFileIsRefusedWithEveryFaultListed() {
        assertThatThrownBy(() -> RegisterReaders.register(resource("bad.properties")))
                .isInstanceOfSatisfying(HustingsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
                .hasMessageContaining("unknown field 'nickname'")
                .hasMessageContaining("give elector_number")
                .hasMessageContaining("date_format")
                .hasMessageContaining("delimiter must be one character");
    }

    @Test
    void noHeaderUnknownLayoutAndTheWrongKindOfFileAreOneProblemWithNothingAccepted() {
        var empty = read(RegisterReaders.register(), "empty.csv");
        assertThat(codes(empty.problems())).containsExactly("1 null no-header R");
        assertThat(empty.summary().accepted()).isZero();
        var data = read(RegisterReaders.register(), "data-first.csv");
        assertThat(codes(data.problems())).containsExactly("1 null no-header R");
        assertThat(data.problems().get(0).message()).contains("xpress, xpress-name, idox, halarose, rollno")
                .contains("BW1, 1");
        var unknown = read(RegisterReaders.register(), "unknown.csv");
        assertThat(codes(unknown.problems())).containsExactly("1 null unknown-layout R");
        assertThat(unknown.problems().get(0).message()).contains("Nearest is idox").contains("Flags")
                .contains("PD, ENO, Surname, Forenames, Postcode");
        assertThat(unknown.summary().accepted()).isZero();
        var notice = read(RegisterReaders.register(), "halarose-notice.csv");
        assertThat(codes(notice.problems())).containsExactly("3 null unknown-layout R");
        assertThat(notice.problems().get(0).message()).contains("halarose-notice");
        assertThat(notice.records()).isEmpty();
    }

    @Test
    void aFileThatVanishesIsBadInputNamingIt() throws IOException {
        Path file = Files.createTempFile("gone", ".csv");
        Files.writeString(file, "PD,ENO,Mark\r\n");
        SourceFile source = SourceFile.inspect(file);
        Files.delete(file);
        assertThatThrownBy(() -> RegisterReaders.markedRegister().read(source, x -> { }, p -> { }))
                .isInstanceOfSatisfying(HustingsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_INPUT))
                .hasMessageContaining(source.name());
    }

    @Test
    void aRowFastCsvCannotParseStopsTheReadWithAProblemNotAnException() throws IOException {
        Path file = Files.createTempFile("wide", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, "PD,ENO,Mark\r\nBW1,1,V\r\nBW1,2" + ",".repeat(20_000) + "\r\nBW1,3,V\r\n");
        var r = RegisterRoundTripProperties.read(RegisterReaders.markedRegister(), file);
        assertThat(codes(r.problems())).containsExactly("3 null unreadable-line R");
        assertThat(r.records()).hasSize(1);
        assertThat(r.summary().rejected()).isEqualTo(1);
    }

    @Test
    void noticeCountsLeaveOutSkippedRows() {
        var r = read(RegisterReaders.notices(), "idox-notice.csv");
        assertThat(r.summary().rows()).isEqualTo(9);
        assertThat(r.summary().accepted()).isEqualTo(3);
        assertThat(r.summary().rejected()).isEqualTo(2);
        assertThat(r.records()).extracting(Alteration::action).containsExactly(Action.AMEND, Action.DELETE, Action.CREATE);
    }
}
