package org.hustings.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hustings.store.BulkLoad;

/**
 * Collects the problems of one file on disk, not in memory (a bad national file could have
 * millions), keeping the first few for immediate display; later replayed into the quarantine.
 */
public final class ProblemSpool implements ProblemSink, AutoCloseable {
    private static final int SHOWN = 20;
    private final Path file;
    private final BufferedWriter out;
    private final List<Problem> first = new ArrayList<>();
    private long rejected;
    private long warnings;

    public ProblemSpool() {
        try {
            file = Files.createTempFile("hustings-problems", ".tsv");
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void report(Problem p) {
        if (p.severity() == Problem.Severity.REJECTED) {
            rejected++;
        } else {
            warnings++;
        }
        if (first.size() < SHOWN) {
            first.add(p);
        }
        try {
            out.write(String.join("\t", p.severity().name(), clean(p.file()), Long.toString(p.line()), clean(p.field()),
                    clean(p.code()), clean(p.message()), clean(p.value())));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long rejected() {
        return rejected;
    }

    public long warnings() {
        return warnings;
    }

    public List<Problem> first() {
        return List.copyOf(first);
    }

    /** Writes every spooled problem into the quarantine table for the dataset. */
    public void replay(BulkLoad load, long datasetId) {
        try {
            out.flush();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    load.row(datasetId, f[0].equals("REJECTED") ? "rejected" : "warning", f[1], Long.parseLong(f[2]),
                            nul(f[3]), f[4], f[5], nul(f[6]));
                }
            }
            load.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> columns() {
        return List.of("dataset_id", "severity", "file_name", "line_no", "field", "code", "message", "value");
    }

    private static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String nul(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temp file
        }
    }
}
