package org.hustings.ingest.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of the data reader (seeded, so a failure reproduces): the example files and an
 * XLSX workbook with bytes flipped, inserted, deleted and cut off. Whatever the damage, the reader
 * reports problems and never throws.
 */
class DataReaderFuzzTest {
    private static final String[][] EXAMPLES = {
        {"canvass-returns.csv", "canvass"}, {"members.csv", "membership"}, {"web-signups.csv", "signup"},
        {"broker-lifestyle.csv", "broker"}, {"area-stats.csv", "area"}};
    private static final byte[] NASTY = "\",\r\n\t;\u00ff\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    @Test
    void damagedCsvFilesNeverMakeTheReaderThrow() throws IOException {
        Random random = new Random(20261122L);
        for (String[] example : EXAMPLES) {
            byte[] original = Files.readAllBytes(World.EXAMPLES.resolve(example[0]));
            DataMapping mapping = World.mapping(example[1]);
            for (int i = 0; i < 150; i++) {
                check(mutate(original, random), mapping, example[0] + "#" + i);
            }
        }
    }

    @Test
    void damagedWorkbooksNeverMakeTheReaderThrow() throws IOException {
        Random random = new Random(42L);
        byte[] original = Files.readAllBytes(World.membersWorkbook(dir).path());
        DataMapping mapping = World.mapping("membership");
        ReadSummary intact = check(original, mapping, "intact");
        assertThat(intact.accepted()).isEqualTo(3);
        assertThat(check(Files.readAllBytes(World.EXAMPLES.resolve("members.xlsx")), mapping, "example").accepted()).isEqualTo(3);
        for (int i = 0; i < 150; i++) {
            check(mutate(original, random), mapping, "members.xlsx#" + i);
        }
    }

    @Test
    void aMissingSheetAndAnOldExcelFileAreProblemsNotExceptions() throws IOException {
        DataMapping other = DataMapping.parse(Files.readString(World.EXAMPLES.resolve("membership.mapping.json"))
                .replace("\"sheet\": \"Members\"", "\"sheet\": \"Nope\""), "other-sheet.json");
        List<Problem> problems = new ArrayList<>();
        ReadSummary s = DataReader.read(World.membersWorkbook(dir), other, r -> { }, problems::add);
        assertThat(s.rows()).isZero();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unreadable-file");
            assertThat(p.message()).contains("no sheet called 'Nope'", "Members");
        });
        Path xls = dir.resolve("old.xls");
        Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        problems.clear();
        DataReader.read(SourceFile.inspect(xls), other, r -> { }, problems::add);
        assertThat(problems).extracting(Problem::code).containsExactly("old-excel-format");
    }

    private ReadSummary check(byte[] bytes, DataMapping mapping, String name) throws IOException {
        Path f = dir.resolve("fuzz.bin");
        Files.write(f, bytes);
        List<Problem> problems = new ArrayList<>();
        List<DataRow> rows = new ArrayList<>();
        ReadSummary s = DataReader.read(SourceFile.inspect(f), mapping, rows::add, problems::add);
        assertThat(s.accepted()).as(name).isEqualTo(rows.size());
        assertThat(s.accepted() + s.rejected()).as(name).isEqualTo(s.rows());
        assertThat(problems).as(name).allSatisfy(p -> assertThat(p.code()).isNotBlank());
        return s;
    }

    private static byte[] mutate(byte[] in, Random random) {
        List<Byte> b = new ArrayList<>(in.length + 8);
        for (byte x : in) {
            b.add(x);
        }
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && !b.isEmpty(); e++) {
            int at = random.nextInt(b.size());
            switch (random.nextInt(5)) {
                case 0 -> b.set(at, (byte) random.nextInt(256));
                case 1 -> b.add(at, NASTY[random.nextInt(NASTY.length)]);
                case 2 -> b.remove(at);
                case 3 -> b.subList(at, b.size()).clear();
                default -> b.set(at, NASTY[random.nextInt(NASTY.length)]);
            }
        }
        byte[] out = new byte[b.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }
}
