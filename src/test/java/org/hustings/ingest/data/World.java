package org.hustings.ingest.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Importer;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.purpose.Purposes;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;
import org.hustings.store.Store;

/** A small register loaded through the real importer, and the example files of docs/examples/data. */
final class World {
    static final String LA = "E07000223";
    static final Path EXAMPLES = Path.of("docs", "examples", "data");

    private World() {
    }

    static void register(Store store) {
        Purposes purposes = new Purposes(store);
        purposes.seedDefaults("test");
        List<RegisterEntry> entries = List.of(
                entry(2, "AA1-1", "Ann", "Abbott", "1 High Street"),
                entry(3, "AA1-2", "Bill", "Baker", "2 High Street"),
                entry(4, "AA1-3", "Cara", "Cole", "3 High Street"),
                entry(5, "AA1-4", "Dev", "Desai", "4 High Street"),
                entry(6, "AA1-5", "Eve", "Evans", "5 High Street"),
                entry(7, "AA1-6", "John", "Smith", "6 High Street"),
                entry(8, "AA1-7", "John", "Smith", "6 High Street"));
        RecordReader<RegisterEntry> reader = (file, sink, problems) -> {
            entries.forEach(sink);
            return new ReadSummary("test", entries.size(), entries.size(), 0);
        };
        ImportOutcome out = new Importer(store).register(write(Files.isDirectory(Path.of("target")) ? Path.of("target") : Path.of("."),
                "register-" + System.nanoTime() + ".csv", "a register"), reader, new Importer.Request(LA, "Adur", "tester", null, null),
                LocalDate.of(2026, 12, 1));
        if (!(out instanceof ImportOutcome.Loaded)) {
            throw new IllegalStateException(out.describe());
        }
    }

    private static RegisterEntry entry(long line, String number, String forenames, String surname, String street) {
        ElectorNumber n = ElectorNumber.parseCombined(number).orElseThrow();
        return new RegisterEntry(line, n.prefix(), n, Markers.NONE, null, null, null, forenames, null, surname, null,
                List.of(street, "Shoreham-by-Sea"), "BN43 5AA", false, null);
    }

    static long person(Store store, String elector) {
        return store.read(c -> Sql.firstLong(c, "SELECT person_id FROM elector WHERE elector_number = ?", elector)).orElseThrow();
    }

    static long count(Store store, String sql, Object... params) {
        return store.read(c -> Sql.count(c, sql, params));
    }

    static SourceFile example(String name) {
        return SourceFile.inspect(EXAMPLES.resolve(name));
    }

    static DataMapping mapping(String kind) {
        return DataMapping.read(EXAMPLES.resolve(kind + ".mapping.json"));
    }

    static SourceFile write(Path dir, String name, String contents) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, contents);
            return SourceFile.inspect(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The membership example as an XLSX workbook (sheet "Members"), dates as date cells, a mobile number as a number. */
    static SourceFile membersWorkbook(Path dir) {
        Path p = dir.resolve("members.xlsx");
        try (OutputStream out = Files.newOutputStream(p)) {
            Workbook wb = new Workbook(out, "hustings-test", "1.0");
            Worksheet ws = wb.newWorksheet("Members");
            List<String> lines = Files.readAllLines(EXAMPLES.resolve("members.csv"));
            for (int r = 0; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",", -1);
                for (int col = 0; col < cells.length; col++) {
                    boolean date = r > 0 && (col == 9 || col == 6) && cells[col].matches("\\d{4}-\\d{2}-\\d{2}");
                    if (r > 0 && col == 8 && cells[col].matches("07[0-9]{9}")) {
                        ws.value(r, col, Long.parseLong(cells[col])); // as spreadsheets do: the leading 0 is lost
                    } else if (date) {
                        ws.value(r, col, LocalDate.parse(cells[col]));
                        ws.style(r, col).format("yyyy-mm-dd").set();
                    } else {
                        ws.value(r, col, cells[col]);
                    }
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SourceFile.inspect(p);
    }
}
