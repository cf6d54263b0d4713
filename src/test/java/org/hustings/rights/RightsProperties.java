package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hustings.rights.AccessReply.HeldValue;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;

/**
 * For random people — names and postcodes drawn from small pools so that people share them,
 * random dates of birth, emails, phones, broker values — on both stores: the access reply holds
 * every value stored for its person and nothing of anyone else, and erasing one person never
 * changes a row of anyone else.
 */
class RightsProperties {
    private static final Map<StoreKind, TestStores.TestStore> STORES = new EnumMap<>(StoreKind.class);
    private static final Map<StoreKind, World> WORLDS = new EnumMap<>(StoreKind.class);
    /** Tables holding people's rows, wiped between tries (the sources and datasets of the world stay). */
    static final List<String> PEOPLE_TABLES = List.of("attribute_value", "consent_state", "consent", "person_flag", "suppression",
            "rights_event", "rights_request", "elector", "person");

    record PersonSpec(String forenames, String surname, String postcode, LocalDate birth, String email, String phone, String income,
                      String ethnicity) { }

    @Provide
    Arbitrary<List<PersonSpec>> people() {
        Arbitrary<String> optionalText = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6).injectNull(0.4);
        Arbitrary<PersonSpec> person = Combinators.combine(Arbitraries.of("Ann", "Bob", "Cy", "Dee"), Arbitraries.of("Ash", "Birch", "Oak"),
                Arbitraries.of("BN43 5AA", "BN43 5AB", "BN1 1AA"), Arbitraries.integers().between(1940, 2006).injectNull(0.5),
                optionalText, Arbitraries.integers().between(100000, 999999).injectNull(0.5), optionalText, optionalText)
                .as((f, s, pc, year, email, phone, income, eth) -> new PersonSpec(f, s, pc, year == null ? null : LocalDate.of(year, 3, 1),
                        email == null ? null : email + "@example.org", phone == null ? null : "01632 " + phone, income, eth));
        return person.list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 15)
    void theAccessReplyHoldsEveryValueOfItsPersonAndNothingOfAnyoneElse(@ForAll StoreKind kind, @ForAll("people") List<PersonSpec> people,
                                                                       @ForAll("index") int pick) {
        World w = world(kind);
        build(w, people);
        int index = pick % people.size();
        long person = index + 1;
        Requests requests = new Requests(w.store);
        AccessReply reply = new AccessReplies(w.store, requests).assemble(request(requests, RequestKind.ACCESS, person));

        List<String> expected = expected(person, people.get(index));
        List<String> got = reply.values().stream().map(v -> v.field() + "=" + v.value()).sorted().toList();
        assertThat(got).isEqualTo(expected.stream().sorted().toList());
        for (HeldValue v : reply.values()) {
            String row = v.row();
            assertThat(row.equals("elector:" + person) || row.startsWith("attribute_value:") && row.split(":")[2].equals(Long.toString(person)))
                    .as("value %s comes from a row of person %d", row, person).isTrue();
        }
    }

    @Property(tries = 15)
    void erasingOnePersonNeverChangesARowOfAnyoneElse(@ForAll StoreKind kind, @ForAll("people") List<PersonSpec> people, @ForAll("index") int pick) {
        World w = world(kind);
        build(w, people);
        long person = pick % people.size() + 1;
        Requests requests = new Requests(w.store);
        long id = request(requests, RequestKind.ERASURE, person);
        List<String> before = others(w.store, person);
        new Erasure(w.store, requests).erase("dpo", id);
        assertThat(others(w.store, person)).isEqualTo(before);
        long left = w.store.read(c -> PersonRows.count(c, "SELECT count(*) FROM attribute_value WHERE person_id = ?", person));
        assertThat(left).isZero();
    }

    @Provide
    Arbitrary<Integer> index() {
        return Arbitraries.integers().between(0, 1000);
    }

    static long request(Requests requests, RequestKind kind, long person) {
        long id = requests.intake("dpo", new Intake(kind, "Someone", null, null, requests.today(), Nation.ENGLAND_AND_WALES,
                new IdentityCheck(IdentityMethod.NO_DOUBT, "known", requests.today()))).id();
        requests.confirmPerson("dpo", id, person);
        return id;
    }

    /** Every row of every person table that is not this person's, as text, in a stable order. */
    static List<String> others(Store store, long person) {
        return store.read(c -> {
            List<String> rows = new ArrayList<>();
            for (String table : List.of("attribute_value", "consent_state", "consent", "person_flag", "elector", "rights_request", "ledger_person")) {
                try (Statement st = c.createStatement();
                     ResultSet r = st.executeQuery("SELECT * FROM " + table + " WHERE person_id <> " + person + " OR person_id IS NULL")) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        StringBuilder b = new StringBuilder(table);
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            b.append('|').append(r.getString(i));
                        }
                        rows.add(b.toString());
                    }
                }
            }
            rows.sort(null);
            return rows;
        });
    }

    static List<String> expected(long id, PersonSpec p) {
        List<String> e = new ArrayList<>(List.of("forenames=" + p.forenames(), "surname=" + p.surname(), "address1=" + id + " High Street",
                "postcode=" + p.postcode(), "polling_district=AA", "elector_number=AA-" + id, "open_register_opt_out=no"));
        if (p.birth() != null) {
            e.add("birth_date=" + p.birth());
        }
        if (p.email() != null) {
            e.add("email=" + p.email());
        }
        if (p.phone() != null) {
            e.add("phone=" + p.phone());
        }
        if (p.income() != null) {
            e.add("income=" + p.income());
        }
        if (p.ethnicity() != null) {
            e.add("ethnicity_guess=" + p.ethnicity());
        }
        return e;
    }

    static void build(World w, List<PersonSpec> people) {
        for (String table : PEOPLE_TABLES) {
            w.store.write(c -> PersonRows.execute(c, "DELETE FROM " + table));
        }
        for (int i = 0; i < people.size(); i++) {
            PersonSpec p = people.get(i);
            long id = i + 1;
            w.elector(id, p.forenames(), p.surname(), p.postcode(), p.birth());
            if (p.email() != null) {
                w.value(w.signups, id, "email", p.email(), id);
            }
            if (p.phone() != null) {
                w.value(w.signups, id, "phone", p.phone(), id);
            }
            if (p.income() != null) {
                w.value(w.broker, id, "income", p.income(), id);
            }
            if (p.ethnicity() != null) {
                w.value(w.broker, id, "ethnicity_guess", p.ethnicity(), id);
            }
        }
        // an unlinked row that belongs to nobody must never appear in anyone's reply
        w.value(w.signups, 999, "email", "nobody@example.org", null);
    }

    static World world(StoreKind kind) {
        return WORLDS.computeIfAbsent(kind, k -> new World(STORES.computeIfAbsent(k, TestStores::open).store()));
    }

    @AfterContainer
    static void close() {
        STORES.values().forEach(TestStores.TestStore::close);
        STORES.clear();
        WORLDS.clear();
    }
}
