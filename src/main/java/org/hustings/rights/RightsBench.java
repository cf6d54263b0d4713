package org.hustings.rights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.hustings.store.Store;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticConstituency;

/**
 * Measures the rights station on a loaded store (issue 4: access reply p99, PDF render, erasure):
 * loads a synthetic register of N electors through the importer (streamed: never all in memory)
 * and D linked broker datasets of two fields per person, then, for S people drawn at random,
 * times finding them by name and postcode, assembling the access reply, rendering it as a PDF,
 * and erasing another S people.
 *
 * <p>Each dataset covers R people ({@code rowsPerDataset}; every elector when R ≥ N), as a real
 * broker file covers part of the electorate. The timed people (and the warm-up ones) are in
 * EVERY dataset, so each of their replies reads the most rows anyone's can: the worst case. The
 * rest of each dataset is a different slice of the other electors. Wall-clock figures for
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

    /**
     * @param search      finding each timed person by their full name and postcode, as staff do for a request
     * @param searchFound how many of those searches listed the person (of at most {@value #SEARCHES} searches)
     */
    public record Figures(long electors, int datasets, long rowsPerDataset, long attributeRows, int samples, double loadSeconds,
                          Timing reply, Timing pdf, Timing erasure, Timing search, int searchFound) { }

    /** What to load and how many people to time. */
    public record Plan(long electors, int datasets, long rowsPerDataset, int samples, long seed) {
        /** Everyone in every dataset, as before the option existed. */
        public static Plan everyone(long electors, int datasets, int samples, long seed) {
            return new Plan(electors, datasets, Long.MAX_VALUE, samples, seed);
        }
    }

    private static final int WARM_UP = 10;
    /** People found by name and postcode: fewer than the replies, as a search of a national register can take seconds. */
    public static final int SEARCHES = 30;

    private RightsBench() {
    }

    /** Loads the data into an empty store and measures. */
    public static Figures run(Store store, long electors, int datasets, int samples, long seed, Path work) {
        return run(store, Plan.everyone(electors, datasets, samples, seed), work, line -> { });
    }

    /** Loads the data into an empty store and measures; {@code progress} hears what is being done. */
    public static Figures run(Store store, Plan plan, Path work, java.util.function.Consumer<String> progress) {
        long t0 = System.nanoTime();
        new Purposes(store).seedDefaults("bench");
        SynthSpec spec = SynthSpec.of(plan.seed(), plan.electors(), SynthSpec.districtsFor(plan.electors()));
        SourceFile file = file(work, "bench-register-" + plan.seed() + ".csv", "bench " + plan.seed() + " " + plan.electors());
        progress.accept("loading " + plan.electors() + " electors");
        new Importer(store).register(file, (f, sink, problems) -> {
            long[] n = {0};
            SyntheticConstituency.firstEdition(spec, e -> {
                sink.accept(e);
                n[0]++;
            });
            return new ReadSummary("synthetic", n[0], n[0], 0);
        }, new Importer.Request(spec.authorityCode(), spec.authorityName(), "bench", null, null), spec.edition());
        long[] people = store.read(c -> {
            java.util.stream.LongStream.Builder b = java.util.stream.LongStream.builder();
            try (var ps = c.prepareStatement("SELECT DISTINCT person_id FROM elector ORDER BY person_id"); var r = ps.executeQuery()) {
                while (r.next()) {
                    b.add(r.getLong(1));
                }
            }
            return b.build().toArray();
        });
        shuffle(people, new Random(plan.seed()));
        int n = (int) Math.max(1, Math.min(plan.samples(), (people.length - WARM_UP) / 2));
        int timed = Math.min(people.length, 2 * n + WARM_UP); // people[0, timed): in every dataset
        long rows = loadDatasets(store, people, timed, plan, progress);
        if (store.kind() == org.hustings.store.StoreKind.POSTGRESQL) {
            // Tens of millions of rows just bulk-loaded: without this, autovacuum and autoanalyze start on them during the timing
            // (measured at 10M: reply p50 26 ms instead of 3), which a running installation is long past. DuckDB keeps its
            // statistics as it loads.
            progress.accept("VACUUM ANALYZE of the loaded tables (PostgreSQL)");
            store.read(c -> {
                try (var st = c.createStatement()) {
                    st.execute("VACUUM (ANALYZE) elector, person, attribute_value, dataset, dataset_field, ledger_entry, ledger_person");
                }
                return null;
            });
        }
        double load = (System.nanoTime() - t0) / 1e9;
        settle(store, progress);
        progress.accept("timing " + n + " replies and " + n + " erasures");

        Requests requests = new Requests(store);
        AccessReplies replies = new AccessReplies(store, requests);
        Erasure erasure = new Erasure(store, requests);
        // Warm-up (JIT, caches, prepared plans): a few replies not timed.
        for (int i = 0; i < WARM_UP && 2 * n + i < people.length; i++) {
            replies.pdf(replies.assemble(request(requests, RequestKind.ACCESS, people[2 * n + i])));
        }
        // Finding timed people as staff do for a request: their full name and postcode (read untimed from the register). At most
        // SEARCHES of them: on DuckDB a common surname at 10M takes seconds (ADR 0216), and the figure is a distribution, not a bar.
        PersonSearch search = new PersonSearch(store);
        long[] find = new long[Math.min(n, SEARCHES)];
        int found = 0;
        for (int i = 0; i < find.length; i++) {
            long person = people[i];
            SearchQuery q = store.read(c -> {
                try (var ps = c.prepareStatement("SELECT forenames, surname, postcode FROM elector WHERE person_id = ? LIMIT 1")) {
                    ps.setLong(1, person);
                    try (var r = ps.executeQuery()) {
                        r.next();
                        return new SearchQuery(r.getString(1) + " " + r.getString(2), null, r.getString(3), null, null, null);
                    }
                }
            });
            long a = System.nanoTime();
            SearchResult result = search.search(q);
            find[i] = System.nanoTime() - a;
            found += result.people().stream().anyMatch(k -> k.personId() == person) ? 1 : 0;
        }
        long[] reply = new long[n];
        long[] pdf = new long[n];
        long[] erase = new long[n];
        for (int i = 0; i < n; i++) {
            long id = request(requests, RequestKind.ACCESS, people[i]);
            long a = System.nanoTime();
            AccessReply r = replies.assemble(id);
            long b = System.nanoTime();
            replies.pdf(r);
            long c = System.nanoTime();
            reply[i] = b - a;
            pdf[i] = c - b;
        }
        for (int i = 0; i < n; i++) {
            long id = request(requests, RequestKind.ERASURE, people[n + i]);
            long a = System.nanoTime();
            erasure.erase("bench", id);
            erase[i] = System.nanoTime() - a;
        }
        long perDataset = Math.min(plan.rowsPerDataset(), people.length);
        return new Figures(plan.electors(), plan.datasets(), perDataset, rows, n, load, Timing.of(reply), Timing.of(pdf), Timing.of(erase),
                Timing.of(find), found);
    }

    /**
     * The store at rest before anything is timed: a checkpoint writes out what the loads left in
     * the write-ahead log, so the first replies are not timed against the engine flushing gigabytes
     * of freshly loaded rows (measured: PostgreSQL commits of 60-130 ms during the checkpoint that
     * follows loading 20M attribute rows). PostgreSQL's CHECKPOINT needs a superuser or the
     * pg_checkpoint role; without it the bench says so and times the store as it is.
     */
    private static void settle(Store store, java.util.function.Consumer<String> progress) {
        progress.accept("checkpoint after loading (not timed)");
        try {
            store.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("CHECKPOINT");
                }
                return null;
            });
        } catch (RuntimeException e) {
            progress.accept("no checkpoint (" + e.getMessage() + "): timing the store as the loads left it");
        }
    }

    private static void shuffle(long[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static long request(Requests requests, RequestKind kind, long person) {
        LocalDate today = requests.today();
        long id = requests.intake("bench", new Intake(kind, "Bench Person", null, null, today, Nation.ENGLAND_AND_WALES,
                new IdentityCheck(IdentityMethod.NO_DOUBT, "benchmark", today))).id();
        requests.confirmPerson("bench", id, person);
        return id;
    }

    /**
     * Dataset d holds people[0, timed) — the timed people, in every dataset — and a slice of
     * (R - timed) others starting at a different place for each dataset, wrapping round.
     */
    private static long loadDatasets(Store store, long[] people, int timed, Plan plan, java.util.function.Consumer<String> progress) {
        Sources sources = new Sources(store);
        sources.declareSupplier("bench", new SupplierDeclaration("bench-broker", "Bench Data Ltd", SupplierRole.BROKER, DueDiligence.PASSED,
                "Synthetic supplier for benchmarks", Instant.now()));
        long perDataset = Math.min(plan.rowsPerDataset(), people.length);
        long others = people.length - timed;
        long total = 0;
        for (int d = 0; d < plan.datasets(); d++) {
            String code = "bench-broker-" + d;
            progress.accept("loading dataset " + (d + 1) + " of " + plan.datasets() + " (" + perDataset + " people)");
            sources.declareSource("bench", new SourceDeclaration(code, SourceKind.COMMERCIAL, "Bench file " + d, "bench-broker",
                    "Synthetic", "legitimate_interests", null, "UK GDPR Art 6(1)(f)", List.of("modelling"), "12 months", 12, null));
            int k = d;
            long start = others == 0 ? 0 : (long) ((double) others * d / plan.datasets());
            total += store.write(c -> {
                long ds = sources.declareDataset(c, "bench", new DatasetDeclaration(code, "broker", "bench", "bench-" + k + ".csv",
                        String.format("%064x", plan.seed() * 31 + k), List.of(new FieldDeclaration("income", "financial.estimated_income", Nature.ESTIMATED),
                        new FieldDeclaration("segment", "geodemographic.segment", Nature.ESTIMATED)))).datasetId();
                try (var load = sources.attributes(c, ds)) {
                    long line = 1;
                    for (long i = 0; i < perDataset; i++) {
                        long p = i < timed ? people[(int) i] : people[(int) (timed + (start + i - timed) % others)];
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
