package org.hustings.ingest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hustings.ingest.data.World.count;
import static org.hustings.ingest.data.World.example;
import static org.hustings.ingest.data.World.mapping;

import java.nio.file.Path;
import org.hustings.consent.Consents;
import org.hustings.ingest.ImportOutcome;
import org.hustings.purpose.Channel;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each example kind loads on both stores and attaches by exact keys; the rest waits visibly; the linker can attach later. */
class DataImporterTest {
    @TempDir
    Path dir;

    private static DataImporter.Request req() {
        return new DataImporter.Request(World.LA, "tester", null);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void canvassReturnsAttachByElectorNumberThenNameAndAddress(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            DataLoad load = new DataImporter(t.store()).load(example("canvass-returns.csv"), mapping("canvass"), req());
            assertThat(load.outcome()).isInstanceOf(ImportOutcome.Loaded.class);
            assertThat(((ImportOutcome.Loaded) load.outcome()).rowsLoaded()).isEqualTo(5);
            assertThat(load.attachment().byElectorNumber()).isEqualTo(3);
            assertThat(load.attachment().byNameAddress()).isEqualTo(1);
            assertThat(load.attachment().pending()).isEqualTo(1);
            long ds = load.outcome().datasetId();
            long ann = World.person(t.store(), "AA1-1");
            long dev = World.person(t.store(), "AA1-4");
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND person_id = ? "
                    + "AND field = 'voting_intention' AND value = 'ours' AND link_probability = 1.0", ds, ann)).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND person_id = ? "
                    + "AND field = 'voting_intention' AND value = 'leaning ours'", ds, dev)).isEqualTo(1);
            // Zed Zulu (AA1-99) is on no register: his values wait, unlinked, and his row is pending.
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND person_id IS NULL", ds)).isEqualTo(3);
            assertThat(new PendingRows(t.store()).rows(ds, 0, 10)).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(6);
                assertThat(r.reason()).isEqualTo("no-match");
                assertThat(r.electorNumber()).isEqualTo("AA1-99");
                assertThat(r.surname()).isEqualTo("Zulu");
            });
            // Ann's doorstep email consent, with time and the source's wording version 1, is live.
            assertThat(new Consents(t.store()).live(ann, "email", Channel.EMAIL)).isTrue();
            assertThat(load.attachment().consents()).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM pending_consent WHERE dataset_id = ? AND status = 'withdrawn'", ds)).isEqualTo(1);
            // voting intention is political opinion: covered by Art 9(2)(g) + DPA 2018 Sch 1 para 22, so not blocked.
            assertThat(count(t.store(), "SELECT count(*) FROM dataset_field WHERE dataset_id = ? AND release_block IS NOT NULL", ds)).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry WHERE action = 'import.data' AND subject = ?", "dataset:" + ds))
                    .isEqualTo(1);
            assertThat(count(t.store(), "SELECT person_count FROM ledger_entry WHERE action = 'import.data'")).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anElectorNumberWhoseSurnameDisagreesAttachesNobody(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            DataLoad load = new DataImporter(t.store()).load(World.write(dir, "typo.csv", """
                    Elector No,Name,Address,Postcode,Outcome,Intention,Issues,Email,Email OK,Visited
                    AA1-3,Zara Zane,"8 High Street, Shoreham-by-Sea",BN43 5AA,spoke,ours,,,,
                    AA1-2,bill  BAKER,,,spoke,ours,,,,
                    """), mapping("canvass"), req());
            assertThat(load.attachment().byElectorNumber()).isEqualTo(1);
            assertThat(load.attachment().pending()).isEqualTo(1);
            long cara = World.person(t.store(), "AA1-3");
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE person_id = ?", cara)).isZero();
            assertThat(new PendingRows(t.store()).rows(load.outcome().datasetId(), 0, 10)).extracting(PendingRow::surname)
                    .containsExactly("Zane");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aMembershipWorkbookLoadsFromXlsx(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            DataLoad load = new DataImporter(t.store()).load(World.membersWorkbook(dir), mapping("membership"), req());
            assertThat(load.outcome()).as(load.describe()).isInstanceOf(ImportOutcome.Loaded.class);
            assertThat(load.attachment().byNameAddress()).isEqualTo(2);
            assertThat(load.attachment().pending()).isEqualTo(1);
            assertThat(load.outcome().firstProblems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(org.hustings.ingest.Problem.Severity.WARNING);
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.field()).isEqualTo("Phone");
                assertThat(p.code()).isEqualTo("phone-leading-zero");
            });
            long ds = load.outcome().datasetId();
            assertThat(count(t.store(), "SELECT rows_warned FROM dataset WHERE id = ?", ds)).isEqualTo(1);
            long eve = World.person(t.store(), "AA1-5");
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND person_id = ? "
                    + "AND field = 'joined' AND value = '2024-01-15'", ds, eve)).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE person_id = ? AND field = 'phone' AND value = '07700900002'",
                    eve)).isEqualTo(1);
            assertThat(new PendingRows(t.store()).rows(ds, 0, 10)).singleElement().satisfies(r -> {
                assertThat(r.surname()).isEqualTo("Green");
                assertThat(r.birthDate()).hasToString("1999-12-31");
                assertThat(r.phone()).isEqualTo("07700900003");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void webSignUpsWaitForTheLinkerWhoAttachesThemWithTheirConsent(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            DataLoad load = new DataImporter(t.store()).load(example("web-signups.csv"), mapping("signup"), req());
            assertThat(load.attachment().byNameAddress()).isEqualTo(1);
            assertThat(load.attachment().pending()).isEqualTo(2);
            long ds = load.outcome().datasetId();
            PendingRows pending = new PendingRows(t.store());
            assertThat(pending.counts(ds)).singleElement().satisfies(c -> {
                assertThat(c.pending()).isEqualTo(2);
                assertThat(c.noExactKey()).isEqualTo(2);
                assertThat(c.attached()).isZero();
            });
            long cara = World.person(t.store(), "AA1-3");
            assertThat(new Consents(t.store()).live(cara, "email", Channel.EMAIL)).isTrue();

            long eve = World.person(t.store(), "AA1-5");
            assertThat(pending.attach(ds, 3, eve, 0.93)).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND line_no = 3 AND person_id = ? "
                    + "AND link_probability = 0.93", ds, eve)).isEqualTo(1);
            assertThat(new Consents(t.store()).live(eve, "email", Channel.EMAIL)).isTrue();
            assertThat(pending.counts(ds)).singleElement().satisfies(c -> {
                assertThat(c.pending()).isEqualTo(1);
                assertThat(c.attached()).isEqualTo(1);
            });
            assertThat(pending.rows(ds, 0, 10)).extracting(PendingRow::line).containsExactly(4L);
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry WHERE action = 'data.attach'")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theLinkerAttachesABatchAllOrNothingWithOneLedgerEntry(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            long ds = new DataImporter(t.store()).load(example("broker-lifestyle.csv"), mapping("broker"), req()).outcome().datasetId();
            PendingRows pending = new PendingRows(t.store());
            long john6 = World.person(t.store(), "AA1-6");
            long eve = World.person(t.store(), "AA1-5");
            long ledger = count(t.store(), "SELECT count(*) FROM ledger_entry");
            assertThatThrownBy(() -> pending.attach(java.util.List.of(new PendingRows.Link(ds, 3, john6, 0.8),
                    new PendingRows.Link(ds, 4, 999_999, 0.7), new PendingRows.Link(ds, 2, eve, 0.9)), "linker"))
                    .hasMessageContaining("Nothing was attached")
                    .hasMessageContaining("line 4 of dataset " + ds + ": there is no person 999999")
                    .hasMessageContaining("line 2 of dataset " + ds + ": there is no such pending row");
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND line_no = 3 AND person_id IS NOT NULL", ds))
                    .isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry")).isEqualTo(ledger);

            long values = pending.attach(java.util.List.of(new PendingRows.Link(ds, 3, john6, 0.8), new PendingRows.Link(ds, 4, eve, 0.7)),
                    "linker");
            assertThat(values).isEqualTo(14);
            assertThat(pending.counts(ds)).singleElement().satisfies(c -> {
                assertThat(c.pending()).isZero();
                assertThat(c.attached()).isEqualTo(2);
            });
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry")).isEqualTo(ledger + 1);
            assertThat(count(t.store(), "SELECT person_count FROM ledger_entry WHERE action = 'data.attach'")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aBrokerFileAttachesWhatItCanAndLeavesAmbiguousNamesPending(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            DataLoad load = new DataImporter(t.store()).load(example("broker-lifestyle.csv"), mapping("broker"), req());
            assertThat(load.attachment().byNameAddress()).isEqualTo(1);
            assertThat(load.attachment().pending()).isEqualTo(2);
            assertThat(load.attachment().ambiguous()).isEqualTo(1);
            long ds = load.outcome().datasetId();
            assertThat(new PendingRows(t.store()).rows(ds, 0, 10)).extracting(PendingRow::surname, PendingRow::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Smith", "ambiguous"), org.assertj.core.groups.Tuple.tuple("Fox", "no-match"));
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ?", ds)).isEqualTo(21);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void areaStatisticsAreStoredPerAreaNotPerPerson(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            new org.hustings.purpose.Purposes(t.store()).seedDefaults("test");
            DataLoad load = new DataImporter(t.store()).load(example("area-stats.csv"), mapping("area"), new DataImporter.Request(null, "tester", null));
            assertThat(load.outcome()).as(load.describe()).isInstanceOf(ImportOutcome.Loaded.class);
            assertThat(load.areaValues()).isEqualTo(9);
            assertThat(count(t.store(), "SELECT count(*) FROM area_value WHERE area_kind = 'output_area' AND area_code = 'E00085002' "
                    + "AND field = 'degree_pct' AND value = '27.25'")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM pending_row")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void loadingTheSameFileAgainChangesNothing(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World.register(t.store());
            DataImporter importer = new DataImporter(t.store());
            DataLoad first = importer.load(example("canvass-returns.csv"), mapping("canvass"), req());
            long values = count(t.store(), "SELECT count(*) FROM attribute_value");
            long ledger = count(t.store(), "SELECT count(*) FROM ledger_entry");
            DataLoad again = importer.load(example("canvass-returns.csv"), mapping("canvass"), req());
            assertThat(again.outcome()).isInstanceOf(ImportOutcome.AlreadyLoaded.class);
            assertThat(again.outcome().datasetId()).isEqualTo(first.outcome().datasetId());
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value")).isEqualTo(values);
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry")).isEqualTo(ledger);
            assertThat(count(t.store(), "SELECT count(*) FROM dataset WHERE kind = 'data.canvass'")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aFileLoadsOnAFreshStoreWithoutAnyoneSeedingThePurposes(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            assertThat(count(t.store(), "SELECT count(*) FROM processing_activity")).isZero();
            DataLoad load = new DataImporter(t.store()).load(example("web-signups.csv"), mapping("signup"),
                    new DataImporter.Request(null, "tester", null));
            assertThat(load.outcome()).as(load.describe()).isInstanceOf(ImportOutcome.Loaded.class);
            assertThat(count(t.store(), "SELECT count(*) FROM processing_activity")).isEqualTo(11);
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_entry WHERE action = 'purpose.seed' AND actor = 'hustings'")).isEqualTo(1);
        }
    }
}
