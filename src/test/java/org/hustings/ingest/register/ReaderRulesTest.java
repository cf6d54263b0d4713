package org.hustings.ingest.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hustings.ingest.register.EdgeCaseFilesTest.codes;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.register.RegisterEntry;
import org.junit.jupiter.api.Test;

/** Single rules of docs/register-layouts.md, one small inline file each. */
class ReaderRulesTest {
    private static final String XPRESS_NAME = "elector_number_prefix\tELECTOR-NUMBER\tElector Number Suffix\t"
            + "Elector Markers\tElector DOB\tElector Name\tPostCode\tAddress1\tAddress2\tAddress3\tAddress4\tAddress5\t"
            + "Address6\r\n";

    private static <T> RegisterRoundTripProperties.Read<T> read(RecordReader<T> reader, String text, Charset cs)
            throws IOException {
        Path file = Files.createTempFile("rule", ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, text.getBytes(cs));
        return RegisterRoundTripProperties.read(reader, file);
    }

    @Test
    void headerNamesIgnoreCaseSpacesUnderscoresAndHyphensAndANameWithoutCommaEndsInTheSurname() throws IOException {
        var r = read(RegisterReaders.register(), XPRESS_NAME
                + "bw1\t7\t\t\t01-Sept-1999\tMary Jane Smith\tb33 8th\t\t\t\t\t\t\r\n", StandardCharsets.UTF_8);
        assertThat(r.problems()).isEmpty();
        RegisterEntry e = r.records().get(0);
        assertThat(e.number().canonical()).isEqualTo("BW1-7");
        assertThat(e.forenames()).isEqualTo("Mary Jane");
        assertThat(e.surname()).isEqualTo("Smith");
        assertThat(e.birthDate()).isEqualTo(LocalDate.of(1999, 9, 1));
        assertThat(e.postcode()).isEqualTo("B33 8TH");
    }

    @Test
    void extraFieldsAreRejectedOnlyWhenNotBlank() throws IOException {
        var r = read(RegisterReaders.markedRegister(), "Elector Number,Mark\nBW1-1,V,,\nBW1-2,V,oops\nBW1-3,PV\n",
                StandardCharsets.UTF_8);
        assertThat(codes(r.problems())).containsExactly("3 null wrong-field-count R");
        assertThat(r.problems().get(0).value()).isEqualTo("oops");
        assertThat(r.records()).hasSize(2);
    }

    @Test
    void aWindows1252FileWithAByteOrderMarkReadAsWindows1252StillLosesTheMark() throws IOException {
        byte[] body = "PD,ENO,Mark\r\nBW1,1,V\r\nBW1,2,Not Voted \u00e9\r\n".getBytes(SourceFile.WINDOWS_1252);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path file = Files.createTempFile("bom1252", ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, bytes);
        assertThat(SourceFile.inspect(file).charset()).isEqualTo(SourceFile.WINDOWS_1252);
        var r = RegisterRoundTripProperties.read(RegisterReaders.markedRegister(), file);
        assertThat(r.summary().layout()).isEqualTo("marked");
        assertThat(codes(r.problems())).containsExactly("3 Mark bad-mark R");
    }

    @Test
    void aGenericMappingWithTheCombinedNumberAndDetectedDelimiter() throws IOException {
        Path mapping = Files.createTempFile("map", ".properties");
        mapping.toFile().deleteOnExit();
        Files.writeString(mapping, "elector_number=Voter\nname=Full Name\nopted_out=Edited\n");
        var r = read(RegisterReaders.register(mapping), "Voter\tFull Name\tEdited\tIgnored\n"
                + "KD-2/2-289/1\tO'Néill, Zoë\tYes\tx\nAB-3\tTom Smith\t100023336956\t\n", StandardCharsets.UTF_8);
        assertThat(r.problems()).isEmpty();
        assertThat(r.records()).extracting(e -> e.number().prefix()).containsExactly("KD-2/2", "AB");
        assertThat(r.records().get(0).number().suffix()).isEqualTo(1);
        assertThat(r.records().get(0).optedOut()).isTrue();
        assertThat(r.records().get(1).uprn()).isEqualTo("100023336956");
        assertThat(r.records().get(1).surname()).isEqualTo("Smith");
    }

    @Test
    void anUnknownPostcodeIsKeptAsSuppliedAndBlankLinesAreSkipped() throws IOException {
        var r = read(RegisterReaders.register(), XPRESS_NAME + "\r\nAB\t1\t\t\t\tSmith, Jo\t 12345 \t\t\t\t\t\t\r\n\r\n",
                StandardCharsets.UTF_8);
        assertThat(codes(r.problems())).containsExactly("3 PostCode bad-postcode W");
        assertThat(r.records().get(0).postcode()).isEqualTo("12345");
        assertThat(r.summary().rows()).isEqualTo(1);
    }
}
