package org.hustings.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;

/** Small builders of register entries and in-memory readers for importer tests. */
final class Entries {
    private Entries() {
    }

    static RegisterEntry entry(long line, String number, String forenames, String surname, String street, String postcode) {
        ElectorNumber n = ElectorNumber.parseCombined(number).orElseThrow();
        return new RegisterEntry(line, n.prefix(), n, Markers.NONE, null, null, null, forenames, null, surname, null,
                List.of(street, "Shoreham-by-Sea"), postcode, false, null);
    }

    static RegisterEntry anonymous(long line, String number) {
        ElectorNumber n = ElectorNumber.parseCombined(number).orElseThrow();
        return new RegisterEntry(line, n.prefix(), n, Markers.parse("N"), null, null, null, null, null, null, null, List.of(), null, false, null);
    }

    /** A reader that hands on the given records and reports the given problems, whatever the file says. */
    static <T> RecordReader<T> reader(List<T> records, List<Problem> problems) {
        return (file, sink, problemSink) -> {
            problems.forEach(problemSink::report);
            records.forEach(sink);
            long rejected = problems.stream().filter(p -> p.severity() == Problem.Severity.REJECTED).count();
            return new ReadSummary("test", records.size() + rejected, records.size(), rejected);
        };
    }

    /** A file with unique contents, so that its hash identifies it. */
    static SourceFile file(Path dir, String name, String contents) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, contents);
            return SourceFile.inspect(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
