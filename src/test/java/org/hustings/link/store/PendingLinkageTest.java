package org.hustings.link.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ingest.SourceFile;
import org.hustings.ingest.data.DataImporter;
import org.hustings.ingest.data.DataLoad;
import org.hustings.ingest.data.DataMapping;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.link.Field;
import org.hustings.link.LinkSettings;
import org.hustings.register.RegisterEntry;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.hustings.synth.FolderImport;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticConstituency;
import org.hustings.synth.SyntheticFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Canvass returns whose names were mistyped attach to nobody by exact keys and wait; the linker
 * then attaches them to the right people, on both stores.
 */
class PendingLinkageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void mistypedRowsWaitThenTheLinkerAttachesThemToTheRightPeople(StoreKind kind) throws IOException {
        SynthSpec spec = SynthSpec.of(5, 3_000, 2);
        Path files = dir.resolve("files");
        SyntheticFiles.write(spec, SyntheticFiles.Options.of(RegisterLayout.XPRESS), files, n -> { });
        List<RegisterEntry> sample = new ArrayList<>();
        SyntheticConstituency.firstEdition(spec, e -> {
            if (!e.anonymous() && e.address().size() >= 2 && e.line() % 25 == 0) {
                sample.add(e);
            }
        });
        Path canvass = dir.resolve("canvass.csv");
        StringBuilder csv = new StringBuilder("Elector No,Name,Address,Postcode,Outcome,Intention,Issues,Email,Email OK,Visited\n");
        for (RegisterEntry e : sample) {
            String surname = e.surname().substring(0, 1) + e.surname().substring(1, 2) + e.surname().substring(1); // a doubled letter
            csv.append(",\"").append(e.forenames()).append(' ').append(surname).append("\",\"")
                    .append(String.join(", ", e.address())).append("\",").append(e.postcode()).append(",spoke,undecided,,,,\n");
        }
        Files.writeString(canvass, csv);
        try (var t = TestStores.open(kind)) {
            Store store = t.store();
            FolderImport.importAll(store, files, "tester", o -> { });
            new org.hustings.purpose.Purposes(store).seedDefaults("tester");
            DataLoad load = new DataImporter(store).load(SourceFile.inspect(canvass),
                    DataMapping.read(Path.of("docs/examples/data/canvass.mapping.json")), new DataImporter.Request(spec.authorityCode(), "tester", null));
            long pending = load.attachment().pending();
            assertThat(pending).as(load.outcome().describe()).isGreaterThanOrEqualTo((long) (0.95 * sample.size()));

            PendingLinkage.Result result = PendingLinkage.link(store, load.outcome().datasetId(), LinkSettings.defaults(Field.REGISTER), "tester");
            assertThat(result.rowsLinked()).isGreaterThanOrEqualTo((int) (0.9 * pending));
            long wrong = store.read(c -> {
                try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM pending_row p JOIN elector e "
                        + "ON e.person_id = p.person_id WHERE p.person_id IS NOT NULL AND e.forenames || ' ' || e.surname <> "
                        + "p.forenames || ' ' || substr(p.surname, 1, 1) || substr(p.surname, 3)")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(wrong).as("rows attached to someone of another name").isZero();
            assertThat(PendingLinkage.link(store, load.outcome().datasetId(), LinkSettings.defaults(Field.REGISTER), "tester").rowsLinked())
                    .as("attached rows do not wait any more").isZero();
        }
    }
}
