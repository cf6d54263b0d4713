package org.hustings.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hustings.ingest.ImportOutcome;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.ledger.Ledger;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end on both stores: a generated constituency — first edition, notices, marked register,
 * absent voters, next edition re-numbered — imported through the real readers and importer.
 * The generator's truth says who is unchanged; the rollover must carry at least 99% of them.
 */
class GeneratedFolderImportTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void importsEverythingAndCarriesUnchangedPeopleAcrossRenumbering(StoreKind kind) {
        SynthSpec spec = SynthSpec.of(2026, 6_000, 3).withNotices(2).withNextEdition(true)
                .withElection(new PastElection("Adur District Council election", java.time.LocalDate.of(2025, 5, 1)));
        SyntheticFiles.write(spec, SyntheticFiles.Options.of(RegisterLayout.IDOX), dir, n -> { });
        try (var t = TestStores.open(kind)) {
            List<ImportOutcome> outcomes = FolderImport.importAll(t.store(), dir, "tester", o -> { });
            assertThat(outcomes).allSatisfy(o -> assertThat(o).as(o.describe()).isInstanceOf(ImportOutcome.Loaded.class));

            Map<String, Long> first = persons(t.store(), "superseded");
            Map<String, Long> next = persons(t.store(), "current");
            long[] unchanged = {0, 0};
            RolloverTruth.read(dir.resolve("truth-rollover.csv"), truth -> {
                if (truth.status() == RolloverTruth.Status.UNCHANGED) {
                    unchanged[0]++;
                    Long before = first.get(truth.first().canonical());
                    Long after = next.get(truth.next().canonical());
                    if (before != null && before.equals(after)) {
                        unchanged[1]++;
                    }
                }
            });
            assertThat(unchanged[0]).isGreaterThan(5_000);
            assertThat((double) unchanged[1] / unchanged[0]).as("share of unchanged people carried").isGreaterThanOrEqualTo(0.99);

            // Loading the same folder again changes nothing.
            List<ImportOutcome> again = FolderImport.importAll(t.store(), dir, "tester", o -> { });
            assertThat(again).allSatisfy(o -> assertThat(o).isInstanceOf(ImportOutcome.AlreadyLoaded.class));
            assertThat(new Ledger(t.store()).verify().intact()).isTrue();
        }
    }

    /** Elector number → person id for the current entries of the edition with this status. */
    static Map<String, Long> persons(Store store, String status) {
        return store.read(c -> {
            Map<String, Long> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.elector_number, e.person_id FROM elector e "
                    + "JOIN register_edition r ON r.id = e.edition_id WHERE r.status = ? AND e.deleted_dataset_id IS NULL")) {
                ps.setString(1, status);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getLong(2));
                    }
                }
            }
            return out;
        });
    }
}
