package org.hustings.ingest.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;

/**
 * Fuzz: valid files of every layout, mutated (bytes flipped, cut short, junk inserted, lines
 * repeated), and pure random bytes, go through every reader. Each must return normally, with
 * every problem on a line of at least 1, every rejected row backed by a rejected problem, and the
 * summary agreeing with what was handed on. Bounded by the number of tries, not by the clock.
 */
class ReaderFuzzProperties {
    private static final List<byte[]> SEEDS = seeds();
    private static final Path FILE = temp();
    private static final byte[] SPICE = "\",\t\r\n;\"\"(z) N/-.0123456789ëÉ\u2019\uFEFF".getBytes(StandardCharsets.UTF_8);

    /** One edit of a file: what to do, where (as a fraction of the length), with which byte. */
    record Mutation(int kind, double at, int length, byte value) {
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.doubles().between(0, 1),
                        Arbitraries.integers().between(1, 40), Arbitraries.bytes())
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 3000)
    void mutatedValidFilesNeverBreakAReader(@ForAll("seedIndex") int seed, @ForAll("mutations") List<Mutation> edits)
            throws IOException {
        byte[] bytes = SEEDS.get(seed);
        for (Mutation m : edits) {
            bytes = apply(bytes, m);
        }
        readWithEveryReader(bytes);
    }

    @Property(tries = 1000)
    void randomBytesNeverBreakAReader(@ForAll("randomBytes") byte[] bytes) throws IOException {
        readWithEveryReader(bytes);
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        Arbitrary<Byte> spiced = Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of(box(SPICE)));
        return spiced.list().ofMaxSize(600).map(l -> {
            byte[] b = new byte[l.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = l.get(i);
            }
            return b;
        });
    }

    private static void readWithEveryReader(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        SourceFile source = SourceFile.inspect(FILE);
        check(RegisterReaders.register(), source, false);
        check(RegisterReaders.notices(), source, true);
        check(RegisterReaders.markedRegister(), source, false);
        check(RegisterReaders.absentVoters(), source, false);
    }

    private static <T> void check(RecordReader<T> reader, SourceFile source, boolean skips) {
        List<T> records = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        ReadSummary s = reader.read(source, records::add, problems::add);
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.line()).isGreaterThanOrEqualTo(1);
            assertThat(p.code()).isNotBlank();
            assertThat(p.message()).isNotBlank();
        });
        long rejectedProblems = problems.stream().filter(p -> p.severity() == Problem.Severity.REJECTED).count();
        long rejectedLines = problems.stream().filter(p -> p.severity() == Problem.Severity.REJECTED)
                .mapToLong(Problem::line).distinct().count();
        assertThat(s.accepted()).isEqualTo(records.size());
        if (s.layout().equals("unknown")) {
            assertThat(records).isEmpty();
            assertThat(rejectedProblems).isEqualTo(1);
        } else {
            assertThat(rejectedLines).as("every rejected row has a rejected problem on its line")
                    .isGreaterThanOrEqualTo(s.rejected());
            if (skips) {
                assertThat(s.accepted() + s.rejected()).isLessThanOrEqualTo(s.rows());
            } else {
                assertThat(s.accepted() + s.rejected()).isEqualTo(s.rows());
            }
        }
    }

    static byte[] apply(byte[] b, Mutation m) {
        int at = (int) Math.min(b.length, Math.floor(m.at() * (b.length + 1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + m.length());
        switch (m.kind()) {
            case 0 -> { // flip one byte
                byte[] c = b.clone();
                if (c.length > 0) {
                    c[Math.min(at, c.length - 1)] = m.value();
                }
                return c;
            }
            case 1 -> { // cut the file short
                out.write(b, 0, at);
            }
            case 2 -> { // insert junk or CSV-significant bytes
                out.write(b, 0, at);
                for (int i = 0; i < m.length(); i++) {
                    out.write(i % 2 == 0 ? m.value() : SPICE[(m.value() & 0xFF) % SPICE.length]);
                }
                out.write(b, at, b.length - at);
            }
            case 3 -> { // delete a stretch
                out.write(b, 0, at);
                int from = Math.min(b.length, at + m.length());
                out.write(b, from, b.length - from);
            }
            case 4 -> { // repeat a stretch (duplicate rows and half rows)
                int end = Math.min(b.length, at + m.length() * 8);
                out.write(b, 0, end);
                out.write(b, at, end - at);
                out.write(b, end, b.length - end);
            }
            case 6, 7 -> { // replace one cell's text, keeping the row's shape: fuzzes values, not structure
                int start = at;
                while (start > 0 && !isBreak(b[start - 1])) {
                    start--;
                }
                int end = at;
                while (end < b.length && !isBreak(b[end])) {
                    end++;
                }
                out.write(b, 0, start);
                out.writeBytes(cellText(m).getBytes(StandardCharsets.UTF_8));
                out.write(b, end, b.length - end);
            }
            default -> { // insert a lone quote or a line break
                out.write(b, 0, at);
                out.write(m.value() % 2 == 0 ? '"' : '\n');
                out.write(b, at, b.length - at);
            }
        }
        return out.toByteArray();
    }

    private static final List<String> TOKENS = List.of("", " ", "0", "1", "-", "+", "=", "/", ".", "-1", "5.000",
            "124/1", "BW1-4/1", "KD-2/2-289/1", "-5", "5-", "/1", "1/", "99999999999", "2147483648", "31/02/1990",
            "29/02/2000", "01-Sept-2020", "1.1.1", "2020-13-01", "(z)", "(z) ", "(Z)Smith", "N", "n", "NV", "PV", "V",
            "Y", "Yes", "No", "true", "123456", "A", "D", "M", "Q", "+Jan", "-", "=", "Postal", "Postal Proxy",
            "PostalProxy", "Proxy", "SW1A1AA", "sw1a 1aa", "GIR0AA", "LE", "L", "E1", "ZZ99 9ZZ", "Zoë", "O'Néill",
            "\u2019", "\uFEFF", "Monthly Additions", "a,b", "\"", "\"\"", ",", "Smith,", ", Jo", "Van Dyke");

    private static boolean isBreak(byte c) {
        return c == ',' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A replacement cell: a token that means something to some reader, or two glued together. */
    private static String cellText(Mutation m) {
        String a = TOKENS.get((m.value() & 0xFF) % TOKENS.size());
        return m.length() % 3 == 0 ? a + TOKENS.get(m.length() % TOKENS.size()) : a;
    }

    private static List<byte[]> seeds() {
        List<RegisterEntry> entries = List.of(
                entry(new ElectorNumber("BW1", 1, 0), "F", "Zoë", "O'Néill", List.of("Flat 1, 6 High Street", "Ashby"), false),
                entry(new ElectorNumber("BW1", 2, 1), "GZ", "Tom", "Smith-Jones", List.of("2 High Street"), true),
                entry(new ElectorNumber("BW1", 3, 0), "N", null, null, List.of(), false),
                entry(new ElectorNumber("KD-2/2", 289, 1), "", "Siân", "Van Dyke", List.of("1", "2", "3", "4", "5"), false));
        List<byte[]> seeds = new ArrayList<>();
        for (Charset cs : List.of(StandardCharsets.UTF_8, SourceFile.WINDOWS_1252)) {
            for (RegisterLayout l : RegisterLayout.values()) {
                seeds.add(bytes(cs, w -> {
                    try (RecordWriter<RegisterEntry> out = RegisterWriters.register(w, l)) {
                        entries.forEach(out::write);
                    }
                }));
            }
            for (NoticeLayout l : NoticeLayout.values()) {
                seeds.add(bytes(cs, w -> {
                    try (RecordWriter<Alteration> out = RegisterWriters.notice(w, l, YearMonth.of(2026, 11))) {
                        int i = 0;
                        for (RegisterEntry e : entries) {
                            out.write(new Alteration(0, Alteration.Action.values()[i++ % 3], null, e));
                        }
                        out.write(new Alteration(0, Alteration.Action.DELETE, null, entries.get(0)));
                    }
                }));
            }
        }
        seeds.add(bytes(StandardCharsets.UTF_8, w -> {
            try (RecordWriter<ElectionMark> out = RegisterWriters.markedRegister(w)) {
                int i = 0;
                for (RegisterEntry e : entries) {
                    out.write(new ElectionMark(0, e.number(), ElectionMark.Mark.values()[i++ % 3]));
                }
            }
        }));
        for (boolean postal : new boolean[] {false, true}) {
            seeds.add(bytes(StandardCharsets.UTF_8, w -> {
                try (RecordWriter<AbsentVoter> out = RegisterWriters.absentVoters(w, postal)) {
                    for (RegisterEntry e : entries) {
                        out.write(new AbsentVoter(0, e.number(), AbsentVoter.Kind.POSTAL_PROXY, true, "Jo Bloggs"));
                    }
                }
            }));
        }
        for (String name : List.of("xpress-edge.csv", "xpress-name-1252.csv", "idox-bom.csv", "idox-truncated.csv",
                "xpress-open-quote.csv", "rollno.tsv", "halarose.csv", "halarose-notice.csv", "idox-notice.csv",
                "changetype-notice.csv", "xpress-notice.csv", "marked.csv", "absent.csv", "marked-postal.csv")) {
            try {
                seeds.add(Files.readAllBytes(EdgeCaseFilesTest.resource(name)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.copyOf(seeds);
    }

    private static RegisterEntry entry(ElectorNumber n, String markers, String fore, String sur, List<String> lines,
                                       boolean optedOut) {
        boolean anonymous = markers.contains("N");
        return new RegisterEntry(0, n.prefix(), n, Markers.parse(markers), anonymous ? null : LocalDate.of(1990, 2, 28),
                anonymous ? null : LocalDate.of(2027, 9, 1), anonymous ? null : "Ms", fore, null, sur, null, lines,
                anonymous ? null : "LE65 1AB", optedOut, null);
    }

    private static byte[] bytes(Charset cs, RegisterRoundTripProperties.WriterWork work) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, cs)) {
            work.accept(w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static Byte[] box(byte[] b) {
        Byte[] a = new Byte[b.length];
        for (int i = 0; i < b.length; i++) {
            a[i] = b[i];
        }
        return a;
    }

    private static Path temp() {
        try {
            Path p = Files.createTempFile("fuzz", ".csv");
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        Files.deleteIfExists(FILE);
    }
}
