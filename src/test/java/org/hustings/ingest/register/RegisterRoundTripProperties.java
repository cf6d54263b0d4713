package org.hustings.ingest.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.register.RegisterEntry;

/**
 * Write random registers in each layout (UTF-8 or windows-1252), read them back, get the same
 * entries — less only what the layout cannot carry ({@link #carried}).
 */
class RegisterRoundTripProperties {

    /** What each layout carries of an entry; the rest is what the reader gives back as null/false. */
    static RegisterEntry carried(RegisterLayout layout, RegisterEntry e, long line) {
        return switch (layout) {
            case XPRESS, XPRESS_NAME -> new RegisterEntry(line, e.district(), e.number(), e.markers(), e.birthDate(), null,
                    null, e.forenames(), null, e.surname(), null, e.address(), e.postcode(), false, null);
            case IDOX -> new RegisterEntry(line, e.district(), e.number(), e.markers(), null, e.attainerDate(), null,
                    e.forenames(), null, e.surname(), null, e.address(), e.postcode(), e.optedOut(), null);
            case HALAROSE -> new RegisterEntry(line, e.district(), e.number(), e.markers(), null, e.attainerDate(),
                    e.title(), e.forenames(), e.initials(), e.surname(), e.nameSuffix(), e.address(), e.postcode(),
                    e.optedOut(), e.optedOut() ? null : e.uprn());
            case ROLLNO -> new RegisterEntry(line, e.district(), e.number(), e.markers(), null, e.attainerDate(),
                    e.title(), e.forenames(), e.initials(), e.surname(), null, e.address(), e.postcode(), false, null);
        };
    }

    @Provide
    Arbitrary<Charset> charsets() {
        return Arbitraries.of(StandardCharsets.UTF_8, SourceFile.WINDOWS_1252);
    }

    @Property(tries = 60)
    void xpress(@ForAll("xpress6") List<RegisterEntry> entries, @ForAll("charsets") Charset cs) throws IOException {
        roundTrip(RegisterLayout.XPRESS, entries, cs);
    }

    @Property(tries = 60)
    void xpressName(@ForAll("xpress6") List<RegisterEntry> entries, @ForAll("charsets") Charset cs) throws IOException {
        roundTrip(RegisterLayout.XPRESS_NAME, entries, cs);
    }

    @Property(tries = 60)
    void idox(@ForAll("idox8") List<RegisterEntry> entries, @ForAll("charsets") Charset cs) throws IOException {
        roundTrip(RegisterLayout.IDOX, entries, cs);
    }

    @Property(tries = 60)
    void halarose(@ForAll("halarose9") List<RegisterEntry> entries, @ForAll("charsets") Charset cs) throws IOException {
        roundTrip(RegisterLayout.HALAROSE, entries, cs);
    }

    @Property(tries = 60)
    void rollno(@ForAll("xpress6") List<RegisterEntry> entries, @ForAll("charsets") Charset cs) throws IOException {
        roundTrip(RegisterLayout.ROLLNO, entries, cs);
    }

    @Provide
    Arbitrary<List<RegisterEntry>> xpress6() {
        return RegisterEntries.registers(6);
    }

    @Provide
    Arbitrary<List<RegisterEntry>> idox8() {
        return RegisterEntries.registers(8);
    }

    @Provide
    Arbitrary<List<RegisterEntry>> halarose9() {
        return RegisterEntries.registers(9);
    }

    private static void roundTrip(RegisterLayout layout, List<RegisterEntry> entries, Charset cs) throws IOException {
        Path file = write(cs, w -> {
            try (RecordWriter<RegisterEntry> out = RegisterWriters.register(w, layout)) {
                entries.forEach(out::write);
            }
        });
        List<RegisterEntry> expected = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            expected.add(carried(layout, entries.get(i), i + 2));
        }
        Read<RegisterEntry> read = read(RegisterReaders.register(), file);
        assertThat(read.summary.layout()).isEqualTo(layout.id());
        assertThat(read.problems).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.code()).isEqualTo("unknown-marker");
        });
        assertThat(read.records).containsExactlyElementsOf(expected);
        assertThat(read.summary.accepted()).isEqualTo(entries.size());
    }

    /** What a reader gave back: records, problems, summary. */
    record Read<T>(List<T> records, List<Problem> problems, ReadSummary summary) {
    }

    static <T> Read<T> read(RecordReader<T> reader, Path file) {
        List<T> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ReadSummary s = reader.read(SourceFile.inspect(file), records::add, problems::add);
        return new Read<>(records, problems, s);
    }

    interface WriterWork {
        void accept(Writer w) throws IOException;
    }

    static Path write(Charset cs, WriterWork work) throws IOException {
        Path file = Files.createTempFile("register", ".csv");
        file.toFile().deleteOnExit();
        try (Writer w = Files.newBufferedWriter(file, cs)) {
            work.accept(w);
        }
        return file;
    }

    static <T, R> List<R> map(List<T> in, Function<T, R> f) {
        return in.stream().map(f).toList();
    }
}
