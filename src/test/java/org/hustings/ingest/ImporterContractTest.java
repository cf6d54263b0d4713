package org.hustings.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hustings.ingest.Entries.anonymous;
import static org.hustings.ingest.Entries.entry;
import static org.hustings.ingest.Entries.file;
import static org.hustings.ingest.Entries.reader;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.hustings.HustingsException;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.ElectorNumber;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The importer on both stores: all-or-nothing, idempotent, quarantine, rollover, notices, marks. */
class ImporterContractTest {
    static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 1);
    static final LocalDate DEC_2026 = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    static Importer.Request req() {
        return new Importer.Request("E07000223", "Adur", "tester", null, null);
    }

    static List<org.hustings.register.RegisterEntry> firstEdition() {
        return List.of(
                entry(2, "AA1-1", "Ann", "Abbott", "1 High Street", "BN43 5AA"),
                entry(3, "AA1-2", "Bill", "Baker", "2 High Street", "BN43 5AA"),
                entry(4, "AA1-3", "Cara", "Cole", "3 High Street", "BN43 5AA"),
                anonymous(5, "AA1-4"));
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void loadsAnEditionOnceAndOnlyOnce(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Importer importer = new Importer(t.store());
            SourceFile f = file(dir, "register.csv", "edition one");
            ImportOutcome first = importer.register(f, reader(firstEdition(), List.of()), req(), DEC_2025);
            assertThat(first).isInstanceOf(ImportOutcome.Loaded.class);
            assertThat(((ImportOutcome.Loaded) first).rowsLoaded()).isEqualTo(4);
            assertThat(count(t.store(), "SELECT count(*) FROM elector")).isEqualTo(4);
            assertThat(count(t.store(), "SELECT count(*) FROM person")).isEqualTo(4);
            assertThat(count(t.store(), "SELECT count(DISTINCT person_id) FROM elector")).isEqualTo(4);
            assertThat(count(t.store(), "SELECT count(*) FROM elector WHERE anonymous AND surname IS NULL")).isEqualTo(1);

            ImportOutcome again = importer.register(f, reader(firstEdition(), List.of()), req(), DEC_2025);
            assertThat(again).isInstanceOf(ImportOutcome.AlreadyLoaded.class);
            assertThat(again.datasetId()).isEqualTo(first.datasetId());
            assertThat(count(t.store(), "SELECT count(*) FROM elector")).isEqualTo(4);
            assertThat(count(t.store(), "SELECT count(*) FROM dataset")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM dataset d JOIN source s ON s.id = d.source_id "
                    + "WHERE s.kind = 'statutory_register'")).as("the dataset names its statutory source").isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void refusesAFileOverTheThresholdWholeButKeepsItsQuarantine(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Importer importer = new Importer(t.store());
            List<Problem> bad = List.of(
                    Problem.rejected("register.csv", 6, "Elector DOB", "bad-date", "31 February does not exist.", "31/02/1990"),
                    Problem.rejected("register.csv", 7, "Elector Number", "bad-elector-number", "Not a number.", "AA1-x"));
            ImportOutcome out = importer.register(file(dir, "register.csv", "bad"), reader(firstEdition(), bad), req(), DEC_2025);
            assertThat(out).isInstanceOf(ImportOutcome.Refused.class);
            assertThat(out.describe()).contains("2 of 6 rows were rejected");
            assertThat(count(t.store(), "SELECT count(*) FROM elector")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM register_edition")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM person")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM dataset WHERE status = 'refused'")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM problem WHERE line_no = 6 AND field = 'Elector DOB' AND code = 'bad-date'"))
                    .isEqualTo(1);

            Importer.Request lenient = new Importer.Request("E07000223", "Adur", "tester", RejectionThreshold.parse("50%"), null);
            ImportOutcome loaded = importer.register(file(dir, "register.csv", "bad"), reader(firstEdition(), bad), lenient, DEC_2025);
            assertThat(loaded).isInstanceOf(ImportOutcome.Loaded.class);
            assertThat(count(t.store(), "SELECT count(*) FROM problem WHERE dataset_id = " + loaded.datasetId())).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aFailureMidLoadLeavesTheStoreAsItWas(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Importer importer = new Importer(t.store());
            RecordReader<org.hustings.register.RegisterEntry> crashing = (f, sink, problems) -> {
                firstEdition().forEach(sink);
                throw new HustingsException(org.hustings.ErrorCode.BAD_INPUT, "disk went away");
            };
            assertThatThrownBy(() -> importer.register(file(dir, "r.csv", "x"), crashing, req(), DEC_2025))
                    .hasMessageContaining("disk went away");
            for (String table : List.of("elector", "person", "register_edition", "dataset", "problem", "source", "local_authority")) {
                assertThat(count(t.store(), "SELECT count(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void rolloverCarriesPeopleAcrossRenumbering(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Importer importer = new Importer(t.store());
            importer.register(file(dir, "2025.csv", "2025"), reader(firstEdition(), List.of()), req(), DEC_2025);
            long ann = personOf(t.store(), "Abbott");
            long bill = personOf(t.store(), "Baker");
            var next = List.of(
                    entry(2, "AA1-1", "Dan", "Dawes", "1a High Street", "BN43 5AA"),
                    entry(3, "AA1-2", "ANN", "ABBOTT", "1 High  Street", "bn43 5aa"),
                    entry(4, "AA1-3", "Bill", "Baker", "2 High Street", "BN43 5AA"));
            ImportOutcome out = importer.register(file(dir, "2026.csv", "2026"), reader(next, List.of()), req(), DEC_2026);
            var rollover = ((ImportOutcome.Loaded) out).rollover();
            assertThat(rollover.carried()).isEqualTo(2);
            assertThat(rollover.newPeople()).isEqualTo(1);
            assertThat(rollover.notCarried()).isEqualTo(2); // Cara moved away; the anonymous elector cannot be carried
            assertThat(count(t.store(), "SELECT count(*) FROM elector WHERE person_id = " + ann)).isEqualTo(2);
            assertThat(count(t.store(), "SELECT count(*) FROM elector WHERE person_id = " + bill)).isEqualTo(2);
            assertThat(count(t.store(), "SELECT count(*) FROM rollover_gap WHERE side = 'left' AND reason = 'anonymous'")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM register_edition WHERE status = 'current'")).isEqualTo(1);
            assertThatThrownBy(() -> importer.register(file(dir, "old.csv", "old"), reader(firstEdition(), List.of()), req(), DEC_2025))
                    .hasMessageContaining("date order");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void noticesApplyDeleteOverAmendOverCreate(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Importer importer = new Importer(t.store());
            importer.register(file(dir, "2025.csv", "2025"), reader(firstEdition(), List.of()), req(), DEC_2025);
            var notice = List.of(
                    new Alteration(2, Alteration.Action.CREATE, "Jan", entry(2, "AA1-5", "Eve", "Evans", "5 High Street", "BN43 5AA")),
                    new Alteration(3, Alteration.Action.AMEND, "Jan", entry(3, "AA1-2", "William", "Baker", "2 High Street", "BN43 5AA")),
                    new Alteration(4, Alteration.Action.AMEND, "Jan", entry(4, "AA1-3", "Cara", "Cole-Smith", "3 High Street", "BN43 5AA")),
                    new Alteration(5, Alteration.Action.DELETE, "Jan", entry(5, "AA1-3", "Cara", "Cole", "3 High Street", "BN43 5AA")),
                    new Alteration(6, Alteration.Action.DELETE, "Jan", entry(6, "AA1-99", "No", "Body", "9 High Street", "BN43 5AA")));
            ImportOutcome out = importer.notice(file(dir, "jan.csv", "jan"), reader(notice, List.of()),
                    new Importer.Request("E07000223", null, "tester", RejectionThreshold.parse("1"), null));
            assertThat(out).as(out.describe()).isInstanceOf(ImportOutcome.Loaded.class);
            assertThat(((ImportOutcome.Loaded) out).rowsLoaded()).isEqualTo(3);
            assertThat(count(t.store(), "SELECT count(*) FROM elector WHERE deleted_dataset_id IS NULL")).isEqualTo(4);
            assertThat(count(t.store(), "SELECT count(*) FROM elector WHERE surname = 'Cole' AND deleted_dataset_id IS NOT NULL")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM elector WHERE forenames = 'William' AND changed_dataset_id IS NOT NULL")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM person")).isEqualTo(5);
            assertThat(count(t.store(), "SELECT count(*) FROM elector_change")).isEqualTo(3);
            assertThat(count(t.store(), "SELECT count(*) FROM problem WHERE code = 'unknown-elector-number' AND line_no = 6")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM problem WHERE code = 'superseded-in-notice' AND line_no = 4")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void marksAndAbsentVotersAttachToPeople(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Importer importer = new Importer(t.store());
            importer.register(file(dir, "2025.csv", "2025"), reader(firstEdition(), List.of()), req(), DEC_2025);
            var marks = List.of(
                    new ElectionMark(2, ElectorNumber.parseCombined("AA1-1").orElseThrow(), ElectionMark.Mark.IN_PERSON),
                    new ElectionMark(3, ElectorNumber.parseCombined("AA1-2").orElseThrow(), ElectionMark.Mark.POSTAL),
                    new ElectionMark(4, ElectorNumber.parseCombined("AA1-77").orElseThrow(), ElectionMark.Mark.POSTAL));
            LocalDate polling = LocalDate.of(2026, 5, 7);
            ImportOutcome out = importer.markedRegister(file(dir, "marked.csv", "m"), reader(marks, List.of()),
                    new Importer.Request("E07000223", null, "tester", RejectionThreshold.parse("1"), null), "Adur local election", polling);
            assertThat(out).as(out.describe()).isInstanceOf(ImportOutcome.Loaded.class);
            assertThat(count(t.store(), "SELECT count(*) FROM election_mark WHERE person_id = " + personOf(t.store(), "Baker")
                    + " AND mark = 'postal'")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM problem WHERE code = 'unknown-elector-number'")).isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM stage_participation")).isZero();

            var absent = List.of(new AbsentVoter(2, ElectorNumber.parseCombined("AA1-3").orElseThrow(), AbsentVoter.Kind.PROXY, null, "J Cole"));
            importer.absentVoters(file(dir, "av.csv", "av"), reader(absent, List.of()), req(), null, null);
            assertThat(count(t.store(), "SELECT count(*) FROM absent_voter WHERE kind = 'proxy' AND person_id = "
                    + personOf(t.store(), "Cole"))).isEqualTo(1);
        }
    }

    static long personOf(Store store, String surname) {
        return count(store, "SELECT min(person_id) FROM elector WHERE surname = '" + surname + "'");
    }

    static long count(Store store, String sql) {
        return store.read(c -> {
            try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

}
