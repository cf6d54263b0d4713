package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hustings.gate.PersonFlag;
import org.hustings.gate.PersonFlags;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.ledger.Verification;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How many statements an erasure runs inside its transaction (on DuckDB each one costs about a
 * millisecond before it does anything, ADR 0211): the flags in one call, and its four ledger
 * entries (two flags, the erasure, the completed request) in one batched append. Counted through
 * the connection, on both stores; never timed.
 */
class RightsStatementsTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anErasureIsThirteenStatementsWithItsLedgerEntriesInOneBatch(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            AccessReplyTest.world(t); // person 1: a register row and three attribute values, as the bench's people
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            Erasure erasure = new Erasure(t.store(), requests);
            erasure.erase("dpo", ActingOnRightsTest.request(requests, RequestKind.ERASURE, 2)); // the secret is read once per process
            long id = ActingOnRightsTest.request(requests, RequestKind.ERASURE, 1);
            Ledger ledger = new Ledger(t.store());
            long before = ledger.latest(1).get(0).seq();

            StatementCount n = new StatementCount();
            ErasurePlan plan = t.store().write(c -> erasure.erase(n.wrap(c), "dpo", id));
            System.out.println("erasure statements (" + kind + "): " + n.count() + "\n  " + String.join("\n  ", n.sql));

            assertThat(plan.rows("attribute_value")).isEqualTo(3);
            // request 1, identifiers 1, plan 1, one DELETE (attribute_value), suppression 1, flags 2 (read, one INSERT),
            // completion 2 (request, event), ledger 4 (head, entries, person rows, head): 13, where one at a time it was 27
            assertThat(n.count()).as(String.join("\n", n.sql)).isEqualTo(13);
            assertThat(n.sql).filteredOn(s -> s.startsWith("INSERT INTO person_flag")).hasSize(1);
            assertThat(n.sql).filteredOn(s -> s.contains("ledger_head")).as("one batch: reserve, then the last hash").hasSize(2);
            assertThat(n.sql).filteredOn(s -> s.startsWith("INSERT INTO ledger_entry")).hasSize(1);

            List<RecordedEntry> last = ledger.latest(4);
            assertThat(last).extracting(RecordedEntry::seq).containsExactly(before + 4, before + 3, before + 2, before + 1);
            assertThat(last).extracting(RecordedEntry::action)
                    .containsExactly("rights.completed", "rights.erasure", "person_flag.set", "person_flag.set");
            assertThat(last.get(3).details()).containsEntry("flag", "erased");
            assertThat(last.get(2).details()).containsEntry("flag", "do_not_contact");
            assertThat(new PersonFlags(t.store()).entries(1)).extracting(f -> f.flag())
                    .containsExactly(PersonFlag.ERASED, PersonFlag.DO_NOT_CONTACT);
            assertThat(ledger.verify()).isInstanceOf(Verification.Intact.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void anObjectionSetsBothFlagsInOneCallAndAppendsOnce(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            AccessReplyTest.world(t);
            Requests requests = RequestsTest.requests(t, "2026-11-20");
            long id = ActingOnRightsTest.request(requests, RequestKind.OBJECTION_ALL, 1);
            Ledger ledger = new Ledger(t.store());
            long before = ledger.latest(1).get(0).seq();
            new Objections(t.store(), requests).object("dpo", id);
            assertThat(ledger.latest(4)).extracting(RecordedEntry::action)
                    .containsExactly("rights.completed", "rights.objection_all", "person_flag.set", "person_flag.set");
            assertThat(ledger.latest(1).get(0).seq()).isEqualTo(before + 4);
            assertThat(ledger.verify()).isInstanceOf(Verification.Intact.class);
        }
    }
}
