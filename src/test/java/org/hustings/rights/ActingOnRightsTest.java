package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
import org.hustings.gate.Gate;
import org.hustings.gate.GateResult;
import org.hustings.gate.GatedValue;
import org.hustings.gate.PersonFlag;
import org.hustings.gate.PersonFlags;
import org.hustings.gate.Selection;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.LedgerEntry;
import org.hustings.ledger.RecordedEntry;
import org.hustings.ledger.Verification;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.purpose.Channel;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Erasure, restriction, objection, consent withdrawal and rectification, on both stores. */
class ActingOnRightsTest {
    static final IdentityCheck KNOWN = new IdentityCheck(IdentityMethod.NO_DOUBT, "Known to us", LocalDate.of(2026, 11, 2));

    static long request(Requests requests, RequestKind kind, long person) {
        long id = requests.intake("dpo", new Intake(kind, "A Person", null, null, LocalDate.of(2026, 11, 2), Nation.ENGLAND_AND_WALES, KNOWN)).id();
        requests.confirmPerson("dpo", id, person);
        return id;
    }

    static Set<Long> people(GateResult r) {
        return r.values().stream().map(GatedValue::personId).collect(Collectors.toSet());
    }

    static long count(Store s, String sql, Object... args) {
        return s.read(c -> PersonRows.count(c, sql, args));
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void erasureDeletesWhatTheLawLetsUsKeepsTheRegisterFlagsAndSuppresses(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            Consents consents = new Consents(t.store());
            consents.record("web", ConsentRecord.grant(1, "email", Channel.EMAIL, Instant.parse("2026-03-03T10:00:00Z"), ConsentMethod.WEB,
                    "web-signup", 1));
            w.value(w.signups, 1, "phone", "+44 (0)1632 960001", 1L);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Erasure erasure = new Erasure(t.store(), requests);
            long id = request(requests, RequestKind.ERASURE, 1);

            ErasurePlan plan = erasure.plan(id);
            assertThat(plan.rows("attribute_value")).isEqualTo(4);
            assertThat(plan.rows("consent")).isEqualTo(1);
            assertThat(plan.rows("elector")).isEqualTo(1);
            assertThat(plan.suppressionKeys()).isEqualTo(4); // name+postcode, name+birth date, email, phone
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE person_id = 1")).as("dry run changes nothing").isEqualTo(4);

            erasure.erase("dpo", id);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE person_id = 1")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM consent WHERE person_id = 1")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM consent_state WHERE person_id = 1")).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM elector WHERE person_id = 1")).as("statutory register kept").isEqualTo(1);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE person_id = 2")).isEqualTo(2);
            assertThat(new PersonFlags(t.store()).entries(1)).extracting(f -> f.flag())
                    .containsExactlyInAnyOrder(PersonFlag.ERASED, PersonFlag.DO_NOT_CONTACT);
            assertThat(people(new Gate(t.store()).readAll("canvassing", "organiser", Selection.everyone()))).containsExactly(2L);
            assertThat(requests.get(id).status()).isEqualTo(RequestStatus.COMPLETED);

            Suppression suppression = new Suppression(t.store());
            assertThat(suppression.isSuppressed(Identifiers.ofName("ADA", "lovelace", "bn435aa", null))).isTrue();
            assertThat(suppression.isSuppressed(Identifiers.ofName("Ada Mary", "Lovelace", null, LocalDate.of(1990, 12, 10)))).isTrue();
            assertThat(suppression.isSuppressed(Identifiers.ofEmail(" Ada@Example.org "))).isTrue();
            assertThat(suppression.isSuppressed(Identifiers.ofPhone("01632 960001"))).isTrue();
            assertThat(suppression.isSuppressed(Identifiers.ofName("Charles", "Babbage", "BN43 5AB", null))).isFalse();
            assertThat(suppression.isSuppressed(Identifiers.ofEmail("charles@example.org"))).isFalse();
            Boolean inSnapshot = t.store().read(c -> suppression.snapshot(c).contains(Identifiers.ofEmail("ada@example.org")));
            assertThat(inSnapshot).isTrue();
            assertThat(count(t.store(), "SELECT count(*) FROM suppression WHERE key_hash LIKE '%lovelace%' OR key_hash LIKE '%@%' OR length(key_hash) <> 64 OR key_kind NOT IN "
                    + "('name_postcode', 'name_birth_date', 'email', 'phone')")).isZero();

            RecordedEntry e = new Ledger(t.store()).latest(10, "rights.erasure").get(0);
            assertThat(e.details()).containsEntry("attribute_value", "delete:4").containsEntry("elector", "keep:1");
            assertThat(new Ledger(t.store()).verify()).isInstanceOf(Verification.Intact.class);

            AccessReply after = new AccessReplies(t.store(), requests).assemble(requests.get(id), 1);
            assertThat(after.section("limits").items()).anyMatch(i -> i.contains("electoral register") && i.contains("keep"));
            assertThat(after.values()).allMatch(v -> v.table().equals("elector"));
            assertThatThrownBy(() -> erasure.erase("dpo", id)).hasMessageContaining("only an open erasure request");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void thePlanCountsTheLedgerEntriesThatNameThePersonInsideARunOfIdsToo(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            AccessReplyTest.world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Erasure erasure = new Erasure(t.store(), requests);
            long id = request(requests, RequestKind.ERASURE, 1);
            Ledger ledger = new Ledger(t.store());
            // a large read that reached person 1 (kept as a run of ids, ADR 0200), and one in the same bucket that did not
            ledger.append(new LedgerEntry("bench", "gate.read", "activity:canvassing", Map.of(), LongStream.rangeClosed(1, 1500).boxed().toList()));
            ledger.append(new LedgerEntry("bench", "gate.read", "activity:email", Map.of(), LongStream.rangeClosed(2, 3000).boxed().toList()));
            long rows = count(t.store(), "SELECT count(*) FROM ledger_person WHERE person_id = 1");
            assertThat(rows).as("the request's own entries name person 1 in rows").isPositive();
            assertThat(count(t.store(), "SELECT count(*) FROM ledger_person_range WHERE first_id <= 1 AND last_id >= 1")).isEqualTo(1);

            ErasurePlan.TableCount counted = erasure.plan(id).tables().stream().filter(x -> x.table().equals("ledger_person")).findFirst()
                    .orElseThrow();
            assertThat(counted.rows()).isEqualTo(rows + 1).isEqualTo(ledger.entriesForPerson(1).size());
            assertThat(counted.counted()).isEqualTo("ledger entries that name this person");
            assertThat(counted.action()).isEqualTo(ErasureRule.Action.KEEP);

            ErasurePlan done = erasure.erase("dpo", id);
            assertThat(done.rows("ledger_person")).isEqualTo(rows + 1);
            assertThat(ledger.latest(1, "rights.erasure").get(0).details()).containsEntry("ledger_person", "keep:" + (rows + 1));
            assertThat(ledger.verify()).isInstanceOf(Verification.Intact.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void restrictAndObjectEachRefuseTheOtherRightAndHonourDoesWhicheverTheRequestIs(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            AccessReplyTest.world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Objections objections = new Objections(t.store(), requests);
            long restriction = request(requests, RequestKind.RESTRICTION, 1);
            long objection = request(requests, RequestKind.OBJECTION_MARKETING, 2);
            assertThatThrownBy(() -> objections.object("dpo", restriction)).hasMessageContaining("Object is only for an objection request")
                    .hasMessageContaining("use restrict");
            assertThatThrownBy(() -> objections.restrict("dpo", objection)).hasMessageContaining("Restrict is only for a restriction request")
                    .hasMessageContaining("use object");
            assertThatThrownBy(() -> objections.restrict("dpo", request(requests, RequestKind.ERASURE, 2)))
                    .hasMessageContaining("Restrict is only for a restriction request");
            assertThat(requests.get(restriction).status()).as("a refused action changes nothing").isEqualTo(RequestStatus.OPEN);
            assertThat(new PersonFlags(t.store()).entries(1)).isEmpty();

            assertThat(objections.restrict("dpo", restriction)).containsExactly(PersonFlag.RESTRICTED);
            assertThat(objections.object("dpo", objection)).containsExactly(PersonFlag.OBJECTED_MARKETING);
            assertThat(objections.honour("dpo", request(requests, RequestKind.OBJECTION_PROFILING, 1))).containsExactly(PersonFlag.OBJECTED_PROFILING);
            assertThat(new PersonFlags(t.store()).entries(1)).extracting(f -> f.flag())
                    .containsExactly(PersonFlag.RESTRICTED, PersonFlag.OBJECTED_PROFILING);
            // a flag already live is not set twice
            assertThat(objections.honour("dpo", request(requests, RequestKind.RESTRICTION, 1))).containsExactly(PersonFlag.RESTRICTED);
            assertThat(new PersonFlags(t.store()).entries(1)).hasSize(2);
            assertThat(new Ledger(t.store()).verify()).isInstanceOf(Verification.Intact.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theSweepAfterAnImportFlagsAReturningPersonAndDropsRowsLinkedToTheErased(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Erasure erasure = new Erasure(t.store(), requests);
            erasure.erase("dpo", request(requests, RequestKind.ERASURE, 1));
            // the same person arrives again under a new id (a rollover that could not carry them), and a broker row is linked to the old id
            w.elector(51, "ADA", "LOVELACE", "bn43 5aa", null);
            w.elector(52, "Ada", "Lovelace", "BN1 1ZZ", null);
            w.value(w.broker, 60, "income", "10000-20000", 1L);
            int swept = t.store().write(c -> erasure.sweep(c, "importer", w.registerDataset))
                    + t.store().write(c -> erasure.sweep(c, "importer", w.broker));
            assertThat(swept).isGreaterThanOrEqualTo(2);
            assertThat(new PersonFlags(t.store()).entries(51)).extracting(f -> f.flag()).contains(PersonFlag.ERASED, PersonFlag.DO_NOT_CONTACT);
            assertThat(new PersonFlags(t.store()).entries(52)).as("same name, other postcode: someone else").isEmpty();
            assertThat(new PersonFlags(t.store()).entries(2)).isEmpty();
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE person_id = 1")).isZero();
            assertThat(people(new Gate(t.store()).readAll("canvassing", "organiser", Selection.everyone()))).containsExactlyInAnyOrder(2L, 52L);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void everyTableWithPeopleHasAnErasureRule(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Set<String> tables = t.store().read(c -> {
                Set<String> out = new TreeSet<>();
                try (ResultSet r = c.createStatement().executeQuery("SELECT DISTINCT table_name FROM information_schema.columns "
                        + "WHERE column_name = 'person_id' AND table_schema = current_schema()")) {
                    while (r.next()) {
                        out.add(r.getString(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }
                return out;
            });
            assertThat(tables).contains("elector", "attribute_value");
            List<String> missing = new ArrayList<>();
            tables.forEach(table -> {
                if (ErasureRule.of(table) == null) {
                    missing.add(table);
                }
            });
            assertThat(missing).as("tables holding people with no erasure rule (add them to ErasureRule.ALL)").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void restrictionAndObjectionsSetFlagsTheGateHonoursAtOnce(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            w.elector(3, "Mary", "Somerville", "BN43 5AC", null);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Objections objections = new Objections(t.store(), requests);
            Gate gate = new Gate(t.store());
            assertThat(people(gate.readAll("direct_mail", "o", Selection.everyone()))).containsExactlyInAnyOrder(1L, 2L, 3L);

            assertThat(objections.honour("dpo", request(requests, RequestKind.OBJECTION_MARKETING, 1))).containsExactly(PersonFlag.OBJECTED_MARKETING);
            assertThat(people(gate.readAll("direct_mail", "o", Selection.everyone()))).containsExactlyInAnyOrder(2L, 3L);

            objections.honour("dpo", request(requests, RequestKind.RESTRICTION, 2));
            assertThat(people(gate.readAll("direct_mail", "o", Selection.everyone()))).containsExactly(3L);
            assertThat(people(gate.readAll("donation_checks", "o", Selection.everyone()))).doesNotContain(2L);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE person_id = 2")).as("restriction keeps data").isEqualTo(2);

            long scores = w.store.write(c -> {
                w.sources.declareSource(c, "test", new SourceDeclaration("support-model", SourceKind.DERIVED, "Support model", "party",
                        "Logistic model over canvass returns and the marked register", "legitimate_interests", "political_party",
                        "UK GDPR Art 6(1)(f); Art 9(2)(g) with DPA 2018 Sch 1 para 22", List.of("modelling"), "Rebuilt each cycle", 12, null));
                return w.sources.declareDataset(c, "test", new DatasetDeclaration("support-model", "scores", "model-v1", "scores.csv",
                        "c".repeat(64), List.of(new FieldDeclaration("support", "political.support_score", Nature.ESTIMATED)))).datasetId();
            });
            w.value(scores, 3, "support", "0.81", 3L);
            w.value(scores, 1, "support", "0.35", 1L);
            assertThat(objections.honour("dpo", request(requests, RequestKind.OBJECTION_ALL, 3)))
                    .containsExactly(PersonFlag.OBJECTED_MARKETING, PersonFlag.OBJECTED_PROFILING);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND person_id = 3", scores)).isZero();
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE dataset_id = ? AND person_id = 1", scores)).isEqualTo(1);
            assertThat(new Ledger(t.store()).latest(5, "rights.objection_all")).hasSize(1);
            assertThatThrownBy(() -> objections.honour("dpo", request(requests, RequestKind.ACCESS, 3))).hasMessageContaining("not a restriction");

            // an objection to direct marketing takes effect at once, before identity is proved (Art 21(3)); the clock still waits
            long early = requests.intake("dpo", new Intake(RequestKind.OBJECTION_MARKETING, "Someone", null, null, LocalDate.of(2026, 11, 19),
                    Nation.ENGLAND_AND_WALES, null)).id();
            requests.confirmPerson("dpo", early, 2);
            assertThat(objections.honour("dpo", early)).containsExactly(PersonFlag.OBJECTED_MARKETING);
            assertThat(requests.get(early).status()).isEqualTo(RequestStatus.COMPLETED);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void consentWithdrawalTakesEffectAtOnce(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            AccessReplyTest.world(t);
            Consents consents = new Consents(t.store());
            Instant when = Instant.parse("2026-03-03T10:00:00Z");
            consents.record("web", ConsentRecord.grant(1, "email", Channel.EMAIL, when, ConsentMethod.WEB, "web-signup", 1));
            consents.record("web", ConsentRecord.grant(2, "email", Channel.EMAIL, when, ConsentMethod.WEB, "web-signup", 1));
            Gate gate = new Gate(t.store());
            assertThat(people(gate.readAll("email", "o", Selection.everyone()))).containsExactlyInAnyOrder(1L, 2L);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            int n = new Withdrawal(t.store(), requests).withdraw("dpo", request(requests, RequestKind.CONSENT_WITHDRAWAL, 1),
                    Withdrawal.Scope.all(), ConsentMethod.EMAIL);
            assertThat(n).isEqualTo(1);
            assertThat(people(gate.readAll("email", "o", Selection.everyone()))).containsExactly(2L);
            assertThat(consents.live(1, "email", Channel.EMAIL)).isFalse();
            assertThat(consents.history(1)).hasSize(2);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void rectificationCorrectsEverywhereAndLedgersTheFieldNotTheValue(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            w.value(w.signups, 7, "email", "ada@example.org", 1L);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Rectification rectification = new Rectification(t.store(), requests);
            long id = request(requests, RequestKind.RECTIFICATION, 1);
            var fix = new Rectification.Correction("contact.email", "ada.l@example.net", Rectification.Reason.OUT_OF_DATE, "New address since May");
            assertThat(rectification.plan(id, fix)).containsEntry("attribute_value", 2L);
            assertThat(rectification.rectify("dpo", id, fix)).containsEntry("attribute_value", 2L);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE value = 'ada.l@example.net' AND person_id = 1")).isEqualTo(2);
            assertThat(count(t.store(), "SELECT count(*) FROM attribute_value WHERE value = 'charles@example.org'")).isEqualTo(1);
            RecordedEntry e = new Ledger(t.store()).latest(5, "rights.rectification").get(0);
            assertThat(e.details()).containsEntry("field", "contact.email").containsEntry("reason", "out_of_date");
            assertThat(e.detailsJson()).doesNotContain("example").doesNotContain("May");
            assertThat(requests.events(id)).anyMatch(ev -> ev.note() != null && ev.note().contains("New address since May"));

            long id2 = request(requests, RequestKind.RECTIFICATION, 1);
            assertThat(rectification.rectify("dpo", id2, new Rectification.Correction("surname", "King", Rectification.Reason.INACCURATE,
                    "Married name"))).containsEntry("elector", 1L);
            assertThat(count(t.store(), "SELECT count(*) FROM elector WHERE person_id = 1 AND surname = 'King'")).isEqualTo(1);
            assertThatThrownBy(() -> rectification.rectify("dpo", request(requests, RequestKind.RECTIFICATION, 1),
                    new Rectification.Correction("birth_date", "10/12/1990", Rectification.Reason.INACCURATE, "typo")))
                    .hasMessageContaining("yyyy-mm-dd");
        }
    }
}
