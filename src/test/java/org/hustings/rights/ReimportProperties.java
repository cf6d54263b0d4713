package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.hustings.gate.PersonFlag;
import org.hustings.gate.PersonFlags;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.Importer;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.purpose.Purposes;
import org.hustings.register.RegisterEntry;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticConstituency;

/**
 * With the real importer and the synthetic register generator, on both stores: a person erased
 * after the first edition never comes back — not when the same file is imported again, and not
 * in the next year's re-numbered edition, where every entry with their suppressed name and
 * postcode (or date of birth) is flagged erased and do-not-contact by the post-import sweep, and
 * the gate releases none of them.
 */
class ReimportProperties {

    @Property(tries = 3)
    void anErasedPersonNeverReappears(@ForAll StoreKind kind, @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                      @ForAll @IntRange(min = 0, max = 100_000) int pick) throws Exception {
        SynthSpec spec = SynthSpec.of(seed, 250, 1).withNextEdition(true);
        List<RegisterEntry> first = new ArrayList<>();
        List<RegisterEntry> next = new ArrayList<>();
        SyntheticConstituency.firstEdition(spec, first::add);
        SyntheticConstituency.nextEdition(spec, next::add);
        Path dir = Files.createTempDirectory("reimport");
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            new Purposes(store).seedDefaults("test");
            Importer importer = new Importer(store);
            Importer.Request req = new Importer.Request(spec.authorityCode(), spec.authorityName(), "importer", null, null);
            SourceFile f1 = file(dir, "first.csv", "first edition " + seed);
            long d1 = importer.register(f1, reader(first), req, spec.edition()).datasetId();

            List<Long> named = store.read(c -> PersonRows.ids(c, "SELECT DISTINCT person_id FROM elector WHERE surname IS NOT NULL "
                    + "AND postcode IS NOT NULL AND dataset_id = ? ORDER BY person_id", d1));
            long person = named.get(pick % named.size());
            Requests requests = new Requests(store);
            long id = RightsProperties.request(requests, RequestKind.ERASURE, person);
            new Erasure(store, requests).erase("dpo", id);
            Suppression suppression = new Suppression(store);

            long electors = count(store, "SELECT count(*) FROM elector");
            ImportOutcome again = importer.register(f1, reader(first), req, spec.edition());
            assertThat(again).isInstanceOf(ImportOutcome.AlreadyLoaded.class);
            assertThat(count(store, "SELECT count(*) FROM elector")).isEqualTo(electors);

            ImportOutcome second = importer.register(file(dir, "next.csv", "next edition " + seed), reader(next), req, spec.edition().plusYears(1));
            // No manual sweep: the importer runs the rights station's sweep (AfterLoad) inside the load's transaction.

            List<long[]> suppressedEntries = store.read(c -> {
                List<long[]> out = new ArrayList<>();
                try (var ps = c.prepareStatement("SELECT person_id, forenames, surname, postcode, birth_date FROM elector WHERE dataset_id = ?")) {
                    ps.setLong(1, second.datasetId());
                    try (var r = ps.executeQuery()) {
                        while (r.next()) {
                            java.sql.Date dob = r.getDate(5);
                            if (suppression.isSuppressed(c, Identifiers.ofName(r.getString(2), r.getString(3), r.getString(4),
                                    dob == null ? null : dob.toLocalDate()))) {
                                out.add(new long[] {r.getLong(1)});
                            }
                        }
                    }
                }
                return out;
            });
            Set<Long> back = suppressedEntries.stream().map(a -> a[0]).collect(Collectors.toSet());
            PersonFlags flags = new PersonFlags(store);
            back.add(person);
            for (long p : back) {
                assertThat(flags.entries(p).stream().filter(f -> f.live()).map(f -> f.flag()))
                        .as("person %d, who matches the erased person, is flagged", p).contains(PersonFlag.ERASED, PersonFlag.DO_NOT_CONTACT);
            }
            net.jqwik.api.statistics.Statistics.label("erased person's entry in the next edition")
                    .collect(suppressedEntries.isEmpty() ? "absent" : "present, flagged");
            java.util.Set<Long> released = new org.hustings.gate.Gate(store).readAll("canvassing", "organiser",
                    org.hustings.gate.Selection.everyone()).values().stream().map(org.hustings.gate.GatedValue::personId)
                    .collect(Collectors.toSet());
            assertThat(released).as("the gate releases the rest of the register").isNotEmpty().doesNotContainAnyElementsOf(back);
        }
    }

    static long count(Store store, String sql) {
        return store.read(c -> PersonRows.count(c, sql));
    }

    static SourceFile file(Path dir, String name, String contents) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, contents);
        return SourceFile.inspect(p);
    }

    static RecordReader<RegisterEntry> reader(List<RegisterEntry> entries) {
        return (file, sink, problems) -> {
            entries.forEach(sink);
            return new ReadSummary("synthetic", entries.size(), entries.size(), 0);
        };
    }
}
