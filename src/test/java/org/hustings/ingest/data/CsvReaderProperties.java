package org.hustings.ingest.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.SourceFile;

/** The CSV side of the data reader: arbitrary cells never make it throw, and well-quoted text survives the trip. */
class CsvReaderProperties {
    private static final DataMapping NOTES = DataMapping.parse("""
            {"format": "hustings-data-mapping", "version": 1, "name": "notes", "kind": "casework", "source": "casework",
             "identity": {"electorNumber": "ENO", "fullName": "Name", "address": ["Address"], "postcode": "Postcode",
                          "birthDate": "DOB", "email": "Email", "phone": "Phone"},
             "fields": [{"column": "Note", "field": "note", "category": "interaction.casework", "nature": "factual"},
                        {"column": "Count", "field": "count", "category": "interaction.casework", "nature": "factual", "type": "integer"}],
             "consents": [{"column": "OK", "purpose": "casework", "channel": "email", "method": "paper", "givenAtColumn": "When"}]}
            """, "notes.mapping.json");
    private static final String HEADER = "ENO,Name,Address,Postcode,DOB,Email,Phone,Note,Count,OK,When";

    @Provide
    Arbitrary<String> cell() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("\",\r\n ;\t\uFEFF").ofMaxLength(6),
                Arbitraries.of("AA1-1", "BN43 5AA", "yes", "no", "1990-02-28", "31/02/1990", "a@b.co", "+44 7700 900000", "12", "-0",
                        "1e9999", "", " ", "\"", "\"\""));
    }

    @Property(tries = 300)
    void arbitraryCellsNeverMakeTheReaderThrow(@ForAll @Size(max = 12) List<@Size(max = 13) List<@From("cell") String>> rows,
                                               @ForAll boolean quoted) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : row) {
                cells.add(quoted ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            b.append(String.join(",", cells)).append('\n');
        }
        List<Problem> problems = new ArrayList<>();
        List<DataRow> good = new ArrayList<>();
        ReadSummary s = read(b.toString(), good, problems);
        assertThat(s.accepted()).isEqualTo(good.size());
        assertThat(s.accepted() + s.rejected()).isEqualTo(s.rows());
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.line()).isPositive();
            assertThat(p.code()).isNotBlank();
            assertThat(p.message()).isNotBlank();
        });
        assertThat(problems.stream().map(Problem::line).distinct().count()).isGreaterThanOrEqualTo(s.rejected());
    }

    @Property(tries = 200)
    void wellQuotedTextComesBackCleaned(@ForAll @Size(min = 1, max = 10) List<@From("cell") String> written) throws IOException {
        List<String> notes = written.stream().map(n -> new String(n.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).toList();
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (String n : notes) {
            b.append("AA1-1,Ann Abbott,1 High Street,BN43 5AA,,,,\"").append(n.replace("\"", "\"\"")).append("\",,,\n");
        }
        List<DataRow> good = new ArrayList<>();
        ReadSummary s = read(b.toString(), good, p -> { });
        long wellFormed = notes.stream().filter(n -> Cells.clean(n).length() <= ValueCells.MAX_VALUE).count();
        assertThat(s.rows()).isEqualTo(notes.size());
        assertThat(good).hasSize((int) wellFormed);
        for (int i = 0; i < good.size(); i++) {
            String expected = Cells.clean(notes.get(i));
            assertThat(good.get(i).values().get("note")).isEqualTo(expected.isEmpty() ? null : expected);
        }
    }

    private static ReadSummary read(String csv, List<DataRow> good, List<Problem> problems) throws IOException {
        return read(csv, good, problems::add);
    }

    static ReadSummary read(String csv, List<DataRow> good, org.hustings.ingest.ProblemSink problems) throws IOException {
        Path f = Files.createTempFile("data-prop", ".csv");
        try {
            Files.write(f, csv.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes '?', as any UTF-8 writer would make it
            return DataReader.read(SourceFile.inspect(f), NOTES, good::add, problems);
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
