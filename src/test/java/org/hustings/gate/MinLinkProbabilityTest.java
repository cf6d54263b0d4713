package org.hustings.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.hustings.cli.Main;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.purpose.Purposes;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.StoreLocation;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A purpose's minimum link probability (issue 5), on both stores: phone numbers from a canvass
 * list linked to electors with probabilities 0.9 (probabilistic), 1.0 (exact key) and none (stored
 * with the person); phone canvassing, whose default minimum is 0.95, gets only the last two, and
 * says why; {@code hustings purpose set} changes it, {@code list}, {@code show} and the dry run show it.
 */
class MinLinkProbabilityTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    /** A --db argument for a fresh store of the kind: a DuckDB file, or a PostgreSQL schema. */
    private String db(StoreKind kind) {
        return kind == StoreKind.DUCKDB ? dir.resolve("h.duckdb").toString() : TestStores.freshPostgresUrl();
    }

    private static Store open(String db) {
        return Store.open(db.startsWith("postgresql") ? StoreLocation.parse(db) : StoreLocation.embedded(java.nio.file.Path.of(db)));
    }

    private static void drop(String db) {
        if (db.startsWith("postgresql")) {
            TestStores.dropSchema(StoreLocation.parse(db), db.replaceAll(".*schema=", ""));
        }
    }

    /** Four electors; persons 1-3 have a phone number linked with probability 0.9, 1.0 and none. */
    private static void world(Store store) {
        new Purposes(store).seedDefaults("test");
        Spine spine = new Spine(store);
        spine.elector(1, "Ada", "Lovelace", "BN43 5AA", "AA");
        spine.elector(2, "Charles", "Babbage", "BN43 5AB", "AA");
        spine.elector(3, "Mary", "Somerville", "BN43 5AC", "AB");
        spine.elector(4, "Alan", "Turing", "BN43 5AD", "AB");
        Sources sources = new Sources(store);
        sources.declareSupplier("dm", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER, DueDiligence.PASSED, "Own",
                Instant.now()));
        sources.declareSource("dm", new SourceDeclaration("canvass-list", SourceKind.DIRECT, "Canvass returns", "party", "Doorstep",
                "legitimate_interests", null, "Art 6(1)(f)", List.of("phone_canvassing"), "A year", 12,
                new Wording(WordingKind.NOTICE, "We may call you.", Instant.now())));
        long dataset = store.write(c -> sources.declareDataset(c, "dm", new DatasetDeclaration("canvass-list", "list", null, "list.csv",
                "7".repeat(64), List.of(new FieldDeclaration("phone", "contact.phone", Nature.FACTUAL))))).datasetId();
        store.write(c -> {
            try (var load = sources.attributes(c, dataset)) {
                load.value(1, "phone", "01273 000001", 1L, 0.9);
                load.value(2, "phone", "01273 000002", 2L, 1.0);
                load.value(3, "phone", "01273 000003", 3L, null);
                load.finish();
            }
            return null;
        });
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theGateWithholdsValuesLinkedBelowThePurposesMinimum(StoreKind kind) {
        String db = db(kind);
        try (Store store = open(db)) {
            world(store);
            Gate gate = new Gate(store);
            GateResult r = gate.readAll("phone_canvassing", "olly", Selection.everyone());
            assertThat(r.values()).filteredOn(v -> v.field().equals("phone")).extracting(GatedValue::personId).containsExactlyInAnyOrder(2L, 3L);
            assertThat(r.values()).as("the register is not affected").anyMatch(v -> v.personId() == 1 && v.field().equals("surname"));
            assertThat(r.report().minLinkProbability()).isEqualTo(0.95);
            assertThat(r.report().valuesWithheld()).singleElement().satisfies(c -> {
                assertThat(c.rule()).isEqualTo("link-below-minimum");
                assertThat(c.count()).isEqualTo(1);
                assertThat(c.law()).contains("Art 5(1)(d)");
                assertThat(c.reason()).contains("may belong to someone else");
            });
            RecordedEntry read = new Ledger(store).latest(1, "gate.read").get(0);
            assertThat(read.detailsJson()).contains("\"link-below-minimum\":1").contains("\"min_link_probability\":0.95");

            GateReport dry = gate.dryRun("phone_canvassing", "olly", Selection.everyone(), 0);
            assertThat(dry.valuesWithheldBy("link-below-minimum")).isEqualTo(1);
            assertThat(dry.valuesReleased()).isEqualTo(r.report().valuesReleased());

            new Purposes(store).setMinLinkProbability("dpo", "phone_canvassing", 0.85);
            assertThat(gate.readAll("phone_canvassing", "olly", Selection.everyone()).values()).filteredOn(v -> v.field().equals("phone"))
                    .hasSize(3);
            new Purposes(store).setMinLinkProbability("dpo", "phone_canvassing", 1.0);
            assertThat(gate.readAll("phone_canvassing", "olly", Selection.everyone()).values()).filteredOn(v -> v.field().equals("phone"))
                    .extracting(GatedValue::personId).containsExactlyInAnyOrder(2L, 3L);
            new Purposes(store).setMinLinkProbability("dpo", "phone_canvassing", null);
            GateResult none = gate.readAll("phone_canvassing", "olly", Selection.everyone());
            assertThat(none.values()).filteredOn(v -> v.field().equals("phone")).hasSize(3);
            assertThat(none.report().valuesWithheld()).isEmpty();
            assertThat(none.report().minLinkProbability()).isNull();
        } finally {
            drop(db);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theCommandLineSetsShowsAndClearsTheMinimum(StoreKind kind) {
        String db = db(kind);
        try (Store store = open(db)) {
            world(store);
        }
        try {
            String[] list = run(db, "purpose", "list");
            assertThat(list[1]).contains("MIN LINK");
            assertThat(line(list[1], "email")).contains("0.95");
            assertThat(line(list[1], "canvassing ")).doesNotContain("0.95");

            String[] dry = run(db, "gate", "dry-run", "--purpose", "phone_canvassing");
            assertThat(dry[0]).isEqualTo("0");
            assertThat(dry[1]).contains("Minimum link probability: 0.95").contains("[link-below-minimum]").contains("Art 5(1)(d)");

            String[] set = run(db, "purpose", "set", "phone_canvassing", "--min-link-probability", "0.8", "--actor", "dpo");
            assertThat(set[0]).isEqualTo("0");
            assertThat(set[1]).contains("phone_canvassing: minimum link probability 0.8 (was 0.95)");
            assertThat(run(db, "purpose", "show", "phone_canvassing")[1]).contains("Minimum link probability: 0.8");
            assertThat(run(db, "gate", "dry-run", "--purpose", "phone_canvassing")[1]).doesNotContain("[link-below-minimum]");

            String[] cleared = run(db, "purpose", "set", "phone_canvassing", "--clear-min-link-probability", "--actor", "dpo");
            assertThat(cleared[1]).contains("minimum link probability none (was 0.8)");
            assertThat(run(db, "purpose", "show", "phone_canvassing")[1]).contains("Minimum link probability: none");

            String[] bad = run(db, "purpose", "set", "phone_canvassing", "--min-link-probability", "1.5");
            assertThat(bad[0]).isNotEqualTo("0");
            assertThat(bad[2]).contains("above 0 and at most 1");
            String[] both = run(db, "purpose", "set", "phone_canvassing", "--min-link-probability", "0.9", "--clear-min-link-probability");
            assertThat(both[0]).isEqualTo("2");
            assertThat(run(db, "purpose", "set", "no_such", "--min-link-probability", "0.9")[2]).contains("no processing activity 'no_such'");

            try (Store s = open(db)) {
                List<RecordedEntry> changes = new Ledger(s).latest(10, "purpose.min_link_probability");
                assertThat(changes).extracting(RecordedEntry::actor).containsExactly("dpo", "dpo");
                assertThat(new Ledger(s).verify().intact()).isTrue();
            }
        } finally {
            drop(db);
        }
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start + " in\n" + text));
    }

    /** {exit code, out, err}. */
    private static String[] run(String db, String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        int code = cl.execute(all);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }
}
