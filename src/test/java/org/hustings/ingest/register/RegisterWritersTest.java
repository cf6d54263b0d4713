package org.hustings.ingest.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RegisterWritersTest {
    static final RegisterEntry ZOE = new RegisterEntry(0, "BW1", new ElectorNumber("BW1", 4, 1), Markers.parse("F"),
            LocalDate.of(1990, 2, 28), null, null, "Zoë Anne", null, "O'Néill-Smith", null,
            List.of("Flat 2, 10 High Street", "Ashby"), "LE65 1AB", false, null);

    private static List<CsvRecord> rows(String text) {
        return CsvReader.builder().ofCsvRecord(text).stream().toList();
    }

    @ParameterizedTest
    @EnumSource(RegisterLayout.class)
    void everyLayoutWritesItsHeaderThenOneRowOfTheSameWidth(RegisterLayout layout) {
        StringWriter out = new StringWriter();
        try (RecordWriter<RegisterEntry> w = RegisterWriters.register(out, layout)) {
            w.write(ZOE);
        }
        assertThat(out.toString()).contains("\r\n").doesNotContain("\n\n");
        List<CsvRecord> rows = rows(out.toString());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getFields()).isEqualTo(layout.header());
        assertThat(rows.get(1).getFieldCount()).isEqualTo(layout.header().size());
        assertThat(rows.get(1).getFields()).contains("Flat 2, 10 High Street", "LE65 1AB", "F");
    }

    @Test
    void xpressCarriesTheNumberInThreePartsAndTheBirthDate() {
        StringWriter out = new StringWriter();
        try (RecordWriter<RegisterEntry> w = RegisterWriters.register(out, RegisterLayout.XPRESS)) {
            w.write(ZOE);
        }
        assertThat(rows(out.toString()).get(1).getFields().subList(0, 8))
                .containsExactly("BW1", "4", "1", "F", "28/02/1990", "O'Néill-Smith", "Zoë Anne", "LE65 1AB");
    }

    @Test
    void idoxMarksAnOptOutWithTheZPrefix() {
        RegisterEntry optedOut = new RegisterEntry(0, "AB", new ElectorNumber("AB", 124, 1), Markers.NONE, null,
                LocalDate.of(2027, 3, 1), null, "Tom", null, "Smith", null, List.of(), null, true, null);
        StringWriter out = new StringWriter();
        try (RecordWriter<RegisterEntry> w = RegisterWriters.register(out, RegisterLayout.IDOX)) {
            w.write(optedOut);
        }
        assertThat(rows(out.toString()).get(1).getFields().subList(0, 6))
                .containsExactly("AB", "124/1", "", "01/03/2027", "(z) Smith", "Tom");
    }

    @Test
    void aLayoutWithTooFewAddressColumnsRefusesRatherThanCuts() {
        RegisterEntry nine = new RegisterEntry(0, "A", new ElectorNumber("A", 1, 0), Markers.NONE, null, null, null,
                "A", null, "B", null, List.of("1", "2", "3", "4", "5", "6", "7"), null, false, null);
        assertThatThrownBy(() -> RegisterWriters.register(new StringWriter(), RegisterLayout.XPRESS).write(nine))
                .hasMessageContaining("room for 6 address lines");
    }

    @ParameterizedTest
    @EnumSource(NoticeLayout.class)
    void noticesWriteTheActionInTheLayoutsOwnWay(NoticeLayout layout) {
        StringWriter out = new StringWriter();
        try (RecordWriter<Alteration> w = RegisterWriters.notice(out, layout, YearMonth.of(2026, 11))) {
            w.write(new Alteration(0, Alteration.Action.DELETE, null, ZOE));
        }
        List<CsvRecord> rows = rows(out.toString());
        int headerAt = layout == NoticeLayout.HALAROSE_NOTICE ? 1 : 0;
        assertThat(rows.get(headerAt).getFields()).isEqualTo(layout.header());
        List<String> row = rows.get(headerAt + 1).getFields();
        assertThat(row).hasSize(layout.header().size());
        switch (layout) {
            case XPRESS_NOTICE -> assertThat(row.get(18)).isEqualTo("01-Nov-2026");
            case IDOX_NOTICE -> assertThat(row.get(2)).isEqualTo("-Nov");
            case HALAROSE_NOTICE -> {
                assertThat(rows.get(0).getField(0)).isEqualTo("Monthly Additions November");
                assertThat(row.get(2)).isEqualTo("D");
            }
            case CHANGETYPE_NOTICE -> assertThat(row.get(0)).isEqualTo("D");
        }
    }

    @Test
    void markedAndAbsentListsUseTheVendorsCodes() {
        ElectorNumber n = new ElectorNumber("BW1", 4, 0);
        StringWriter marked = new StringWriter();
        try (RecordWriter<ElectionMark> w = RegisterWriters.markedRegister(marked)) {
            w.write(new ElectionMark(0, n, ElectionMark.Mark.IN_PERSON));
            w.write(new ElectionMark(0, n, ElectionMark.Mark.POSTAL));
            w.write(new ElectionMark(0, n, ElectionMark.Mark.NOT_VOTED));
        }
        assertThat(marked.toString()).isEqualTo("Elector Number,Mark\r\nBW1-4,V\r\nBW1-4,PV\r\nBW1-4,\r\n");
        StringWriter postal = new StringWriter();
        try (RecordWriter<AbsentVoter> w = RegisterWriters.absentVoters(postal, true)) {
            w.write(new AbsentVoter(0, n, AbsentVoter.Kind.POSTAL_PROXY, true, null));
        }
        assertThat(postal.toString()).isEqualTo("ElectorNo,PVSStatus,Type\r\nBW1-4,1,PostalProxy\r\n");
        StringWriter absent = new StringWriter();
        try (RecordWriter<AbsentVoter> w = RegisterWriters.absentVoters(absent, false)) {
            w.write(new AbsentVoter(0, n, AbsentVoter.Kind.PROXY, null, "Jo Bloggs"));
        }
        assertThat(absent.toString()).isEqualTo("Elector Number,Type,Proxy Name\r\nBW1-4,Proxy,Jo Bloggs\r\n");
    }
}
