package org.hustings.rights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hustings.ingest.Importer;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.SourceFile;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.purpose.Purposes;
import org.hustings.register.RegisterEntry;
import org.hustings.store.Store;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticConstituency;

/**
 * Measures the rights station on a loaded store (issue 4: access reply p99, PDF render, erasure):
 * loads a synthetic register of N electors through the importer and D linked broker datasets of
 * two fields each for every person, then, for S people drawn at random, times assembling the
 * access reply, rendering it as a PDF, and erasing another S people. Wall-clock figures for
 * BENCHMARKS.md; tests never assert them.
 */
public final class RightsBench {
    /** Percentiles in milliseconds. */
    public record Timing(double p50, double p99, double max) {
        static Timing of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            return new Timing(ms(s, 0.50), ms(s, 0.99), s[s.length - 1] / 1e6);
        }

        private static double ms(long[] sorted, double q) {
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, i)] / 1e6;
        }
    }

    public record Figures(long electors, int datasets, long attributeRows, int samples, double loadSeconds, Timing reply, Timing pdf,
                          Timing erasure) { }

    private RightsBench() {
    }

    /** Loads the data into an empty store and measures. */
    public static Figures run(Store store, long electors, int datasets, int samples, long seed, Path work) {
        long t0 = System.nanoTime();
        new Purposes(store).seedDefaults("bench");
        SynthSpec spec = SynthSpec.of(seed, electors, SynthSpec.districtsFor(electors));
        List<RegisterEntry> entries = new ArrayList<>();
        SyntheticConstituency.firstEdition(spec, entries::add);
        SourceFile file = file(work, "bench-register-" + seed + ".csv", "bench " + seed + " " + electors);
        new Importer(store).register(file, (f, sink, problems) -> {
            entries.forEach(sink);
            return new ReadSummary("synthetic", entries.size(), entries.size(), 0);
        }, new Importer.Request(spec.authorityCode(), spec.authorityName(), "bench", null, null), spec.edition());
        entries.clear();
        List<Long> people = store.read(c -> PersonRows.ids(c, "SELECT DISTINCT person_id FROM elector ORDER BY person_id"));
        long rows = loadDatasets(store, people, datasets, seed);
        double load = (System.nanoTime() - t0) / 1e9;

        Random random = new Random(seed);
        List<Long> shuffled = new ArrayList<>(people);
        Collections.shuffle(shuffled, random);
        int n = Math.min(samples, (shuffled.size() - 10) / 2);
        Requests requests = new Requests(store);
        AccessReplies replies = new AccessReplies(store, requests);
        Erasure erasure = new Erasure(store, requests);
        // Warm-up (JIT, caches, prepared plans): a few replies not timed.
        for (int i = 0; i < Math.min(10, n); i++) {
            replies.pdf(replies.assemble(request(requests, RequestKind.ACCESS, shuffled.get(shuffled.size() - 1 - i))));
        }
        long[] reply = new long[n];
        long[] pdf = new long[n];
        long[] erase = new long[n];
        for (int i = 0; i < n; i++) {
            long id = request(requests, RequestKind.ACCESS, shuffled.get(i));
            long a = System.nanoTime();
            AccessReply r = replies.assemble(id);
            long b = System.nanoTime();
            replies.pdf(r);
            long c = System.nanoTime();
            reply[i] = b - a;
            pdf[i] = c - b;
        }
        for (int i = 0; i < n; i++) {
            long id = request(requests, RequestKind.ERASURE, shuffled.get(n + i));
            long a = System.nanoTime();
            erasure.erase("bench", id);
            erase[i] = System.nanoTime() - a;
        }
        return new Figures(electors, datasets, rows, n, load, Timing.of(reply), Timing.of(pdf), Timing.of(erase));
    }

    private static long request(Requests requests, RequestKind kind, long person) {
        LocalDate today = requests.today();
        long id = requests.intake("bench", new Intake(kind, "Bench Person", null, null, today, Nation.ENGLAND_AND_WALES,
                new IdentityCheck(IdentityMethod.NO_DOUBT, "benchmark", today))).id();
        requests.confirmPerson("bench", id, person);
        return id;
    }

    private static long loadDatasets(Store store, List<Long> people, int datasets, long seed) {
        Sources sources = new Sources(store);
        sources.declareSupplier("bench", new SupplierDeclaration("bench-broker", "Bench Data Ltd", SupplierRole.BROKER, DueDiligence.PASSED,
                "Synthetic supplier for benchmarks", Instant.now()));
        long total = 0;
        for (int d = 0; d < datasets; d++) {
            String code = "bench-broker-" + d;
            sources.declareSource("bench", new SourceDeclaration(code, SourceKind.COMMERCIAL, "Bench file " + d, "bench-broker",
                    "Synthetic", "legitimate_interests", null, "UK GDPR Art 6(1)(f)", List.of("modelling"), "12 months", 12, null));
            int k = d;
            total += store.write(c -> {
                long ds = sources.declareDataset(c, "bench", new DatasetDeclaration(code, "broker", "bench", "bench-" + k + ".csv",
                        String.format("%064x", seed * 31 + k), List.of(new FieldDeclaration("income", "financial.estimated_income", Nature.ESTIMATED),
                        new FieldDeclaration("segment", "geodemographic.segment", Nature.ESTIMATED)))).datasetId();
                try (var load = sources.attributes(c, ds)) {
                    long line = 1;
                    for (long p : people) {
                        load.value(line, "income", Long.toString(10_000 + (p * 7919 + k) % 90_000), p, 0.99);
                        load.value(line, "segment", "S" + (p + k) % 40, p, 0.99);
                        line++;
                    }
                    return load.finish();
                }
            });
        }
        return total;
    }

    private static SourceFile file(Path work, String name, String contents) {
        try {
            Path p = work.resolve(name);
            Files.writeString(p, contents);
            return SourceFile.inspect(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
