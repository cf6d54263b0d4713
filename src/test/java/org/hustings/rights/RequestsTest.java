package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.hustings.HustingsException;
import org.hustings.ledger.Ledger;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Intake, identity, extension, refusal and the queue, on both stores. */
class RequestsTest {
    static Requests requests(TestStores.TestStore t, String today) {
        return new Requests(t.store(), StatutoryClock.standard(), Clock.fixed(Instant.parse(today + "T12:00:00Z"), ZoneOffset.UTC));
    }

    static Intake access(String received, IdentityCheck id) {
        return new Intake(RequestKind.ACCESS, "Ann Smith", "ann@example.org", "What do you hold about me?", LocalDate.parse(received),
                Nation.ENGLAND_AND_WALES, id);
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void clockStartsOnReceiptWhenIdentityIsNotInDoubt(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Requests requests = requests(t, "2024-11-25");
            RightsRequest r = requests.intake("dpo", access("2024-11-25",
                    new IdentityCheck(IdentityMethod.NO_DOUBT, "Wrote from the email address we hold", LocalDate.parse("2024-11-25"))));
            assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2024, 12, 27));
            assertThat(r.identityCheckedBy()).isEqualTo("dpo");
            assertThat(new Ledger(t.store()).latest(1).get(0).action()).isEqualTo("rights.intake");
            assertThat(new Ledger(t.store()).latest(1).get(0).detailsJson()).doesNotContain("Smith");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRequestTakenInForAPersonIsMatchedToThemAtOnce(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World world = new World(t.store());
            world.elector(7, "Ann", "Smith", "BN43 6AA", LocalDate.of(1970, 1, 1));
            Requests requests = requests(t, "2024-11-25");
            RightsRequest r = requests.intake("dpo", access("2024-11-25", null), 7L);
            assertThat(r.personId()).isEqualTo(7L);
            assertThat(r.personConfirmedBy()).isEqualTo("dpo");
            assertThat(requests.events(r.id())).extracting(RequestEvent::event).containsExactly("intake", "match");
            Ledger ledger = new Ledger(t.store());
            assertThat(ledger.latest(2)).extracting(e -> e.action()).containsExactly("rights.match", "rights.intake");
            assertThat(ledger.personsOf(ledger.latest(1).get(0).seq())).containsExactly(7L);
            assertThat(ledger.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aRequestForSomeoneWhoIsNotThereIsNotTakenIn(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Requests requests = requests(t, "2024-11-25");
            long entries = new Ledger(t.store()).latest(1000).size();
            assertThatThrownBy(() -> requests.intake("dpo", access("2024-11-25", null), 99L))
                    .isInstanceOfSatisfying(org.hustings.FieldProblems.class, e -> {
                        assertThat(e.firstField()).isEqualTo("person");
                        assertThat(e.getMessage()).contains("no person 99");
                    });
            assertThat(requests.all(10)).isEmpty();
            assertThat(new Ledger(t.store()).latest(1000)).hasSize((int) entries);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void clockWaitsForIdentityEvidenceThenStartsOnTheDayItArrived(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Requests requests = requests(t, "2024-01-10");
            RightsRequest r = requests.intake("dpo", access("2024-01-02", null));
            assertThat(r.status()).isEqualTo(RequestStatus.AWAITING_IDENTITY);
            assertThat(r.dueOn()).isNull();
            assertThat(requests.queue()).extracting(RightsRequest::id).containsExactly(r.id());

            RightsRequest v = requests.verifyIdentity("dpo", r.id(),
                    new IdentityCheck(IdentityMethod.DOCUMENT, "Driving licence seen, name and address match", LocalDate.parse("2024-01-31")));
            assertThat(v.status()).isEqualTo(RequestStatus.OPEN);
            assertThat(v.clockStartsOn()).isEqualTo(LocalDate.of(2024, 1, 31));
            assertThat(v.dueOn()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(v.identity().evidence()).contains("Driving licence");
            assertThat(requests.events(r.id())).extracting(RequestEvent::event).containsExactly("intake", "identity");
            assertThatThrownBy(() -> requests.verifyIdentity("dpo", r.id(),
                    new IdentityCheck(IdentityMethod.DOCUMENT, "again", LocalDate.parse("2024-02-01")))).isInstanceOf(HustingsException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void extensionNeedsAReasonAndANoticeWithinTheFirstMonth(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Requests requests = requests(t, "2024-11-30");
            long id = requests.intake("dpo", access("2024-11-25",
                    new IdentityCheck(IdentityMethod.NO_DOUBT, "known", LocalDate.parse("2024-11-25")))).id();
            assertThatThrownBy(() -> requests.extend("dpo", id, 2, " ", LocalDate.parse("2024-12-01")))
                    .hasMessageContaining("'reason'");
            assertThatThrownBy(() -> requests.extend("dpo", id, 2, "Many linked datasets", LocalDate.parse("2024-12-28")))
                    .hasMessageContaining("within the first month").hasMessageContaining("2024-12-27");
            assertThatThrownBy(() -> requests.extend("dpo", id, 3, "Many linked datasets", LocalDate.parse("2024-12-01")))
                    .hasMessageContaining("one or two");
            RightsRequest r = requests.extend("dpo", id, 2, "Many linked datasets", LocalDate.parse("2024-12-27"));
            assertThat(r.extendedDueOn()).isEqualTo(LocalDate.of(2025, 2, 25));
            assertThat(r.deadline()).isEqualTo(LocalDate.of(2025, 2, 25));
            assertThat(r.extensionReason()).isEqualTo("Many linked datasets");
            assertThatThrownBy(() -> requests.extend("dpo", id, 1, "again", LocalDate.parse("2024-12-01"))).hasMessageContaining("already");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void refusalNeedsAGroundAndReasonAndClosesTheRequest(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Requests requests = requests(t, "2024-03-05");
            long id = requests.intake("dpo", access("2024-03-01", null)).id();
            assertThatThrownBy(() -> requests.refuse("dpo", id, RefusalGround.MANIFESTLY_EXCESSIVE, ""))
                    .hasMessageContaining("Art 12(4)-(5)");
            RightsRequest r = requests.refuse("dpo", id, RefusalGround.MANIFESTLY_EXCESSIVE, "Twelfth identical request this month");
            assertThat(r.status()).isEqualTo(RequestStatus.REFUSED);
            assertThat(r.closedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(requests.queue()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void queueShowsWaitingFirstThenByDeadlineAndKnowsOverdue(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Requests requests = requests(t, "2024-03-05");
            IdentityCheck known = new IdentityCheck(IdentityMethod.NO_DOUBT, "known", LocalDate.parse("2024-01-01"));
            long late = requests.intake("dpo", access("2024-01-15", known)).id();
            long soon = requests.intake("dpo", access("2024-02-20", known)).id();
            long waiting = requests.intake("dpo", access("2024-03-04", null)).id();
            assertThat(requests.queue()).extracting(RightsRequest::id).containsExactly(waiting, late, soon);
            LocalDate today = requests.today();
            assertThat(requests.get(late).overdue(today)).isTrue();
            assertThat(requests.get(soon).overdue(today)).isFalse();
        }
    }
}
