package org.hustings.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.hustings.FieldProblems;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Finding people on the current register, on both stores: each field, normalisation, flags, pages by key, and the ledger. */
class PeopleSearchTest {

    private static PeopleQuery q(String surname, String forenames, String postcode, String elector, String id) {
        return PeopleQuery.of(surname, forenames, postcode, elector, id, null, null);
    }

    private static List<Long> people(PeopleResults page) {
        return page.people().stream().map(FoundPerson::personId).toList();
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void findsCurrentEntriesByEachFieldAsMatchKeyNormalisesThem(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            PeopleSeed.seed(t.store());
            PeopleSearch search = new PeopleSearch(t.store());

            // Surname: case, accents, spacing and punctuation ignored; current editions of every authority; name order.
            assertThat(people(search.find(q(" smith ", null, null, null, null))))
                    .containsExactly(PeopleSeed.ADAM_SMITH, PeopleSeed.JOANNA_SMITH, PeopleSeed.JOHN_SMITH, PeopleSeed.ERASED_SMITH);
            assertThat(people(search.find(q("o neill", null, null, null, null)))).containsExactly(PeopleSeed.ONEILL);
            assertThat(people(search.find(q("O'NÉILL", null, null, null, null)))).containsExactly(PeopleSeed.ONEILL);
            // Forenames narrow by their start.
            assertThat(people(search.find(q("Smith", "jo", null, null, null)))).containsExactly(PeopleSeed.JOANNA_SMITH, PeopleSeed.JOHN_SMITH);
            assertThat(people(search.find(q("Smith", "mary jane", null, null, null)))).containsExactly(PeopleSeed.ERASED_SMITH);
            // Postcode, with or without its space, any case.
            assertThat(people(search.find(q(null, null, "bn436ab", null, null)))).containsExactly(PeopleSeed.JOANNA_SMITH, PeopleSeed.ERASED_SMITH);
            assertThat(people(search.find(q("smith", null, "BN43 6AA", null, null)))).containsExactly(PeopleSeed.JOHN_SMITH);
            // Elector number: both authorities have an AA-1; typed with a space, or run together.
            assertThat(people(search.find(q(null, null, null, "aa 1", null)))).containsExactly(PeopleSeed.ONEILL, PeopleSeed.ADAM_SMITH)
                    .hasSize(2);
            assertThat(people(search.find(q(null, null, null, "AA1", null)))).hasSize(2);
            assertThat(people(search.find(q(null, null, null, "AA-4/1", null)))).containsExactly(PeopleSeed.ERASED_SMITH);
            assertThat(people(search.find(q(null, null, null, "AA-4", null)))).isEmpty();
            // Person id; an anonymous elector is found by number or id, with no name or address.
            FoundPerson anonymous = search.find(q(null, null, null, null, "5")).people().get(0);
            assertThat(anonymous.anonymous()).isTrue();
            assertThat(anonymous.name()).isEmpty();
            assertThat(anonymous.address()).isEmpty();
            assertThat(anonymous.markers()).isEqualTo("N");
            // Not current: deleted by a notice, or only in a superseded edition.
            assertThat(search.find(q(null, null, null, null, String.valueOf(PeopleSeed.DELETED_SMITH))).people()).isEmpty();
            assertThat(search.find(q(null, null, null, null, String.valueOf(PeopleSeed.OLD_SMITH))).people()).isEmpty();
            assertThat(search.find(q(null, null, null, "AA-7", null)).people()).isEmpty();

            FoundPerson john = search.find(q("smith", "john", null, null, null)).people().get(0);
            assertThat(john.name()).isEqualTo("John Paul Smith");
            assertThat(john.address()).containsExactly("2 Mill Lane", "Shoreham");
            assertThat(john.postcode()).isEqualTo("BN43 6AA");
            assertThat(john.electorNumber()).isEqualTo("AA-2");
            assertThat(john.laCode()).isEqualTo(PeopleSeed.ADUR);
            assertThat(john.editionId()).isEqualTo(PeopleSeed.ADUR_EDITION);
            assertThat(john.markerMeanings()).containsExactly("F: " + Marker.F.meaning());
            assertThat(john.flags()).as("a lifted flag is not live").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void erasedAndRestrictedPeopleCarryTheirFlags(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            PeopleSeed.seed(t.store());
            List<FoundPerson> found = new PeopleSearch(t.store()).find(q(null, null, "BN43 6AB", null, null)).people();
            FoundPerson joanna = found.get(0);
            FoundPerson erased = found.get(1);
            assertThat(joanna.flags()).containsExactly("restricted");
            assertThat(joanna.restricted()).isTrue();
            assertThat(joanna.erased()).isFalse();
            // The register row is kept by law (RPR 2001), so the entry is found, flagged.
            assertThat(erased.personId()).isEqualTo(PeopleSeed.ERASED_SMITH);
            assertThat(erased.flags()).containsExactly("erased", "do_not_contact");
            assertThat(erased.erased()).isTrue();
            assertThat(erased.doNotContact()).isTrue();
            assertThat(erased.name()).isEqualTo("Mary-Jane Smith");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void pagesFollowEachOtherByKeyWithoutGapsOrRepeats(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            PeopleSeed.seed(t.store());
            PeopleSearch search = new PeopleSearch(t.store());

            PeopleResults first = search.find(q("jones", null, null, null, null));
            assertThat(first.people()).hasSize(PeopleQuery.MAX_LIMIT);
            assertThat(first.more()).isTrue();
            List<Long> all = new ArrayList<>(people(first));
            PeopleResults page = first;
            int pages = 1;
            while (page.more()) {
                page = search.find(q("jones", null, null, null, null).after(page.next()));
                all.addAll(people(page));
                pages++;
            }
            assertThat(pages).isEqualTo(3);
            assertThat(page.people()).hasSize(PeopleSeed.JONESES - 2 * PeopleQuery.MAX_LIMIT);
            assertThat(page.next()).isNull();
            assertThat(all).hasSize(PeopleSeed.JONESES).doesNotHaveDuplicates();
            // Name order: the addresses "1 Long Road", "10 Long Road", "100 Long Road" … sort as text.
            assertThat(first.people().get(0).address().get(0)).isEqualTo("1 Long Road");
            assertThat(first.people().get(1).address().get(0)).isEqualTo("10 Long Road");

            // Three entries with the same sort key, one a page: the entry id breaks the tie.
            PeopleQuery twins = PeopleQuery.of("twin", null, null, null, null, null, "1");
            List<Long> seen = new ArrayList<>();
            PeopleResults p = search.find(twins);
            seen.addAll(people(p));
            while (p.more()) {
                p = search.find(twins.after(p.next()));
                seen.addAll(people(p));
            }
            assertThat(seen).containsExactly(9L, 10L, 11L);

            assertThatThrownBy(() -> search.find(q("jones", null, null, null, null).after(99_999)))
                    .isInstanceOf(FieldProblems.class).hasMessageContaining("after");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void eachSearchIsInTheLedgerWithThePeopleFoundAndNothingTyped(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            PeopleSeed.seed(t.store());
            PeopleResults page = new PeopleSearch(t.store()).search("web:dana", q("O'Néill", "Siobhán", "BN43 6AA", null, null));
            assertThat(people(page)).containsExactly(PeopleSeed.ONEILL);

            Ledger ledger = new Ledger(t.store());
            RecordedEntry e = ledger.latest(1, "people.search").get(0);
            assertThat(e.actor()).isEqualTo("web:dana");
            assertThat(e.detailsJson()).isEqualTo("{\"continued\":false,\"fields\":[\"surname\",\"forenames\",\"postcode\"],\"more\":false,\"results\":1}");
            assertThat(e.detailsJson().toUpperCase()).doesNotContain("NEILL", "SIOB", "BN43");
            assertThat(ledger.personsOf(e.seq())).containsExactly(PeopleSeed.ONEILL);

            // A search that finds no one is still a search of the register.
            new PeopleSearch(t.store()).search("web:dana", q("Nobody", null, null, null, null));
            RecordedEntry none = ledger.latest(1, "people.search").get(0);
            assertThat(none.seq()).isGreaterThan(e.seq());
            assertThat(none.personCount()).isZero();
            assertThat(ledger.verify().intact()).isTrue();
        }
    }

    @Test
    void badInputIsRefusedNamingEveryField() {
        assertThatThrownBy(() -> PeopleQuery.of(null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.firstField()).isEqualTo("surname"))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> PeopleQuery.of(" ", "", null, "", "", null, null)).hasMessageContaining("at least one");
        assertThatThrownBy(() -> PeopleQuery.of(null, "John", null, null, null, null, null))
                .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.firstField()).isEqualTo("forenames"));
        assertThatThrownBy(() -> PeopleQuery.of("Smith", null, "BN43", "12-AB-", "x1", "-3", "51"))
                .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.problems()).extracting(FieldProblems.Problem::field)
                        .containsExactly("postcode", "elector", "id", "after", "limit"));
        assertThatThrownBy(() -> PeopleQuery.of("'-.", null, null, null, null, null, null))
                .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.firstField()).isEqualTo("surname"));
        assertThatThrownBy(() -> PeopleQuery.of(null, null, null, "12", null, null, null))
                .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.firstField()).isEqualTo("elector"));
    }

    @Test
    void typedFieldsAreNormalisedAsTheImportersStoreThem() {
        PeopleQuery q = PeopleQuery.of("  O'Brien-Smith ", "mary  jane", "bn43-6aa", "kd-2/2-289/1", "42", "7", "10");
        assertThat(q.surname()).isEqualTo(MatchKey.normalise("O'Brien-Smith").replace(" ", "")).isEqualTo("OBRIENSMITH");
        assertThat(q.forenames()).isEqualTo("MARY JANE");
        assertThat(q.postcode()).isEqualTo("BN43 6AA");
        assertThat(q.elector().canonical()).isEqualTo("KD-2/2-289/1");
        assertThat(q.personId()).isEqualTo(42L);
        assertThat(q.after()).isEqualTo(7L);
        assertThat(q.limit()).isEqualTo(10);
        assertThat(q.fields()).containsExactly("surname", "forenames", "postcode", "elector", "id");
        assertThat(PeopleQuery.electorNumber("ab 123/1").canonical()).isEqualTo("AB-123/1");
        assertThat(PeopleQuery.electorNumber("AB123").canonical()).isEqualTo("AB-123");
        assertThat(PeopleQuery.electorNumber("BW1-4").canonical()).isEqualTo("BW1-4");
        assertThat(PeopleQuery.electorNumber("BW1").canonical()).as("letters then digits").isEqualTo("BW-1");
        assertThat(PeopleQuery.electorNumber("1AB")).isNull();
        // The same postcodes as the importers' own test (ingest.register.Postcodes).
        for (String typed : List.of("bn43 6aa", "BN436AA", " W1A 0AX ", "gir 0aa", "M1 1AE", "ab12 3cd", "XX", "BN43 6A", "12345")) {
            assertThat(PeopleQuery.postcode(typed)).as(typed).isEqualTo(org.hustings.ingest.register.Postcodes.normalise(typed));
        }
    }
}
