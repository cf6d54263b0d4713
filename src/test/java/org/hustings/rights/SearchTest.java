package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.store.QueryPlans;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding the person across the register and every dataset, on both stores. */
class SearchTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void findsByEachTermRanksByTermsMatchedAndListsUnlinkedRows(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            w.elector(3, "Ada", "Lovelace", "BN1 1AA", null);
            w.value(w.signups, 3, "phone", "+44 1632 960 123", 2L);
            w.value(w.signups, 9, "email", "ada@example.org", null);
            PersonSearch search = new PersonSearch(t.store());

            SearchResult byName = search.search(new SearchQuery("ada lovelace", null, "bn43 5aa", null, null, null));
            assertThat(byName.people()).extracting(Candidate::personId).containsExactly(1L, 3L);
            assertThat(byName.people().get(0).matched()).containsExactly("name", "postcode");
            assertThat(byName.people().get(0).birthDate()).isEqualTo(LocalDate.of(1990, 12, 10));

            assertThat(search.search(new SearchQuery(null, null, null, LocalDate.of(1990, 12, 10), null, null)).people())
                    .extracting(Candidate::personId).containsExactly(1L);
            SearchResult byEmail = search.search(new SearchQuery(null, null, null, null, " ADA@example.org", null));
            assertThat(byEmail.people()).extracting(Candidate::personId).containsExactly(1L);
            assertThat(byEmail.unlinked()).containsExactly(new UnlinkedRow(w.signups, 9, "email"));
            assertThat(search.search(new SearchQuery(null, null, null, null, null, "01632 960123")).people())
                    .extracting(Candidate::personId).containsExactly(2L);
            assertThat(search.search(new SearchQuery(null, "1 high st", null, null, null, null)).people())
                    .extracting(Candidate::personId).contains(1L);
            assertThatThrownBy(() -> search.search(new SearchQuery(" ", null, null, null, null, null))).hasMessageContaining("at least one");

            search.search("dpo", new SearchQuery("Ada Lovelace", null, null, null, null, null));
            RecordedEntry e = new Ledger(t.store()).latest(1, "rights.search").get(0);
            assertThat(e.detailsJson()).contains("\"terms\":[\"name\"]").doesNotContain("Lovelace");
            assertThat(e.personCount()).isEqualTo(2);
        }
    }

    /** A name is found however it is typed: accents, apostrophes, hyphens and case do not matter, as on the People page. */
    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void findsANameWithAccentsApostrophesAndHyphensHoweverItIsTyped(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            w.elector(5, "Siobhán", "O'Néill", "BN43 6AA", null);
            w.elector(6, "Mary-Jane", "Smith-Jones", "BN43 6AB", null);
            PersonSearch search = new PersonSearch(t.store());
            for (String typed : new String[] {"Siobhan O'Neill", "siobhán o'néill", "SIOBHAN ONEILL"}) {
                assertFinds(search, new SearchQuery(typed, null, null, null, null, null), 5L);
            }
            for (String typed : new String[] {"Mary-Jane Smith-Jones", "mary jane smith jones", "Mary Smith-Jones"}) {
                assertFinds(search, new SearchQuery(typed, null, null, null, null, null), 6L);
            }
        }
    }

    /** The name look-up is the People page's surname index on both engines, not a scan of the register. */
    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theNameLookUpUsesTheSurnameIndex(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            for (long p = 10; p < 60; p++) {
                w.elector(p, "Person", "Surname" + p, "BN43 6AA", null);
            }
            w.elector(5, "Siobhán", "O'Néill", "BN43 6AA", null);
            QueryPlans.assertUsesIndex(t, PersonSearch.REGISTER_NAME, List.of("ONEILL", "SIOBHAN%"), "elector", "elector_surname_key");
        }
    }

    /** A whole postcode is looked up as the importers store it; one that is not a postcode still finds an entry kept as supplied. */
    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void findsByPostcodeHoweverItIsTypedAndByOneKeptAsSupplied(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            World w = AccessReplyTest.world(t);
            w.elector(5, "Siobhán", "O'Néill", "BN43 6AA", null);
            w.elector(6, "Kept", "Assupplied", "BN43 6A", null);
            PersonSearch search = new PersonSearch(t.store());
            for (String typed : new String[] {"bn43 6aa", "BN436AA", " bn43-6aa "}) {
                assertFinds(search, new SearchQuery(null, null, typed, null, null, null), 5L);
            }
            assertFinds(search, new SearchQuery(null, null, "bn43 6a", null, null, null), 6L);
            QueryPlans.assertUsesIndex(t, PersonSearch.electorsSql(PersonSearch.STORED_POSTCODE), List.of("BN43 6AA"), "elector",
                    "elector_postcode");
        }
    }

    /** The search lists exactly this person. */
    private static void assertFinds(PersonSearch search, SearchQuery q, long person) {
        assertThat(search.search(q).people()).as(q.toString()).extracting(Candidate::personId).containsExactly(person);
    }
}
