package org.hustings.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentRecord;
import org.hustings.consent.Consents;
import org.hustings.provenance.DatasetDeclaration;
import org.hustings.provenance.DueDiligence;
import org.hustings.provenance.FieldDeclaration;
import org.hustings.provenance.Nature;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SourceKind;
import org.hustings.provenance.Sources;
import org.hustings.provenance.SupplierDeclaration;
import org.hustings.provenance.SupplierRole;
import org.hustings.provenance.Taxonomy;
import org.hustings.provenance.Wording;
import org.hustings.provenance.WordingKind;
import org.hustings.purpose.Activity;
import org.hustings.purpose.Channel;
import org.hustings.purpose.Purposes;
import org.hustings.store.Store;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;

/**
 * For random worlds — sources with random bases, conditions, purposes and due diligence; fields of
 * random categories; people with random flags and consents — the gate, on both stores, never
 * releases a value its source does not permit for the purpose, a special category value without a
 * covering condition, a marketing objector for marketing, a profiling objector for profiling, a
 * restricted or erased person, or a consent-based value or channel without a live, provable consent.
 */
class GateProperties {
    static final List<String> ACTIVITIES = List.of("canvassing", "phone_canvassing", "direct_mail", "email", "sms", "social_media_audiences",
            "modelling", "get_out_the_vote", "donation_checks", "membership_administration", "casework");
    static final List<String> CATEGORIES = List.of("contact.email", "contact.phone", "political.voting_intention", "ethnicity.estimated",
            "financial.estimated_income", "household.children", "identity.name", "health.disability");
    static final Instant WHEN = Instant.parse("2026-02-01T12:00:00Z");
    private static final Map<StoreKind, TestStores.TestStore> STORES = new EnumMap<>(StoreKind.class);

    record FieldSpec(String category, Nature nature) { }

    record SourceSpec(SourceKind kind, String basis, String article9, Set<String> purposes, boolean ddPassed, List<FieldSpec> fields) { }

    record ConsentSpec(String purpose, Channel channel, boolean granted, boolean provable) { }

    record PersonSpec(Set<PersonFlag> flags, List<ConsentSpec> consents, long valueMask) { }

    record World(List<SourceSpec> sources, List<PersonSpec> people, String activity, boolean dpiaApproved, Selection selection) { }

    /** Each default activity's channel, so that generated consents can aim at the activity read. */
    static final Map<String, Channel> CHANNELS = Map.ofEntries(Map.entry("canvassing", Channel.DOOR), Map.entry("phone_canvassing", Channel.PHONE),
            Map.entry("direct_mail", Channel.POST), Map.entry("email", Channel.EMAIL), Map.entry("sms", Channel.SMS),
            Map.entry("social_media_audiences", Channel.SOCIAL), Map.entry("modelling", Channel.NONE), Map.entry("get_out_the_vote", Channel.DOOR),
            Map.entry("donation_checks", Channel.NONE), Map.entry("membership_administration", Channel.NONE), Map.entry("casework", Channel.NONE));

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<String> category = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.of("contact.email", "contact.phone", "identity.name")),
                Tuple.of(2, Arbitraries.of("political.voting_intention", "ethnicity.estimated", "health.disability")),
                Tuple.of(1, Arbitraries.of(CATEGORIES)));
        Arbitrary<FieldSpec> field = Combinators.combine(category, Arbitraries.of(Nature.class)).as(FieldSpec::new);
        Arbitrary<SourceSpec> source = Combinators.combine(Arbitraries.of(SourceKind.DIRECT, SourceKind.COMMERCIAL),
                Arbitraries.of("consent", "legitimate_interests", "contract"), Arbitraries.of("political_party", "explicit_consent", "none"),
                Arbitraries.of(ACTIVITIES).set().ofMinSize(1).ofMaxSize(5), Arbitraries.of(true, false),
                field.list().ofMinSize(1).ofMaxSize(3).uniqueElements(FieldSpec::category))
                .as((k, b, a9, p, dd, f) -> new SourceSpec(k, b, a9.equals("none") ? null : a9, p, dd, f));
        Arbitrary<ConsentSpec> consent = Combinators.combine(Arbitraries.of(ACTIVITIES), Arbitraries.of(Channel.class),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as(ConsentSpec::new);
        Arbitrary<Set<PersonFlag>> flags = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Set.<PersonFlag>of())),
                Tuple.of(1, Arbitraries.of(PersonFlag.class).set().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<PersonSpec> person = Combinators.combine(flags,
                consent.list().ofMaxSize(3), Arbitraries.longs()).as(PersonSpec::new);
        Arbitrary<String> activity = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of("email", "sms", "social_media_audiences")),
                Tuple.of(3, Arbitraries.of(ACTIVITIES)));
        Arbitrary<Selection> selection = Arbitraries.of(Selection.everyone(), Selection.localAuthority(Spine.LA),
                Selection.pollingDistricts(Spine.LA, List.of("AA")));
        return Combinators.combine(source.list().ofMaxSize(3), person.list().ofMinSize(1).ofMaxSize(10), activity,
                Arbitraries.of(true, false), Arbitraries.of(true, false), selection).as(GateProperties::aimed);
    }

    /** A special category each activity uses, so that the Art 9 rules are exercised, not dodged. */
    static final Map<String, String> SPECIAL_USED = Map.of("canvassing", "political.voting_intention", "phone_canvassing",
            "political.voting_intention", "get_out_the_vote", "political.voting_intention", "modelling", "political.support_score",
            "membership_administration", "political.party_membership");

    /** Half the sources permit the activity read and half the consents are for it, so the rules are exercised, not dodged. */
    static World aimed(List<SourceSpec> sources, List<PersonSpec> people, String activity, boolean dpia, boolean aim, Selection selection) {
        List<SourceSpec> s = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceSpec x = sources.get(i);
            Set<String> purposes = new java.util.HashSet<>(x.purposes());
            if (aim || i % 2 == 0) {
                purposes.add(activity);
            }
            List<FieldSpec> fields = new ArrayList<>(x.fields());
            String special = SPECIAL_USED.get(activity);
            if (i % 2 == 0 && special != null && fields.stream().noneMatch(f -> f.category().equals(special))) {
                fields.set(0, new FieldSpec(special, fields.get(0).nature()));
            }
            s.add(new SourceSpec(x.kind(), x.basis(), x.article9(), Set.copyOf(purposes), x.ddPassed(), fields));
        }
        List<PersonSpec> p = new ArrayList<>();
        for (PersonSpec x : people) {
            List<ConsentSpec> consents = new ArrayList<>();
            for (int i = 0; i < x.consents().size(); i++) {
                ConsentSpec c = x.consents().get(i);
                consents.add(i % 2 == 0 ? new ConsentSpec(activity, CHANNELS.get(activity), c.granted(), c.provable()) : c);
            }
            p.add(new PersonSpec(x.flags(), consents, x.valueMask()));
        }
        return new World(s, p, activity, dpia, selection);
    }

    @Property(tries = 40)
    void theGateNeverReleasesWhatTheLawForbids(@ForAll StoreKind kind, @ForAll("worlds") World world) {
        Store store = store(kind);
        wipe(store);
        Built built = build(store, world);
        Activity activity = new Purposes(store).require(world.activity());
        GateResult result = new Gate(store).readAll(world.activity(), "property", world.selection());
        Taxonomy taxonomy = Taxonomy.standard();
        boolean consentActivity = activity.article6().equals("consent") || (activity.directMarketing() && activity.channel().electronicMail());
        Statistics.label("released").collect(result.values().isEmpty() ? "nothing" : "values");
        assertThat(result.report().valuesReleased()).isEqualTo(result.values().size());
        // Not vacuous: where the register permits the activity and it may run, every unflagged person is released.
        boolean mayRun = !activity.dpiaRequired() || world.dpiaApproved();
        if (mayRun && !consentActivity && taxonomy.statute("register").orElseThrow().purposes().contains(activity.code())) {
            for (int i = 0; i < world.people().size(); i++) {
                long id = i + 1;
                boolean selected = !(world.selection() instanceof Selection.PollingDistricts) || id % 2 == 1;
                if (selected && world.people().get(i).flags().isEmpty()) {
                    assertThat(result.values()).as("unflagged person %d is released", id).anyMatch(v -> v.personId() == id);
                }
            }
        }
        for (GatedValue v : result.values()) {
            PersonSpec p = world.people().get((int) v.personId() - 1);
            if (world.selection() instanceof Selection.PollingDistricts) {
                assertThat(v.personId() % 2).as("only district AA (odd ids)").isEqualTo(1);
            }
            assertThat(p.flags()).doesNotContain(PersonFlag.RESTRICTED, PersonFlag.ERASED);
            if (activity.directMarketing()) {
                assertThat(p.flags()).doesNotContain(PersonFlag.OBJECTED_MARKETING);
            }
            if (activity.profiling()) {
                assertThat(p.flags()).doesNotContain(PersonFlag.OBJECTED_PROFILING);
            }
            if (activity.channel().contacts()) {
                assertThat(p.flags()).doesNotContain(PersonFlag.DO_NOT_CONTACT);
            }
            if (consentActivity) {
                assertThat(live(p, activity.code(), activity.channel())).as("live consent for the channel").isTrue();
            }
            if (v.datasetId() == built.registerDataset) {
                assertThat(taxonomy.statute("register").orElseThrow().purposes()).contains(activity.code());
                continue;
            }
            SourceSpec s = built.sourceOf.get(v.datasetId());
            assertThat(s.purposes()).as("source permits the purpose").contains(activity.code());
            if (s.kind() == SourceKind.COMMERCIAL) {
                assertThat(s.ddPassed()).isTrue();
            }
            var category = taxonomy.requireCategory(v.category());
            if (category.special()) {
                assertThat(category.neverReleased()).isFalse();
                assertThat(s.article9()).as("an Art 9 condition").isNotNull();
                assertThat(taxonomy.covers(taxonomy.article9(s.article9()).orElseThrow(), v.category())).isTrue();
            }
            if (s.basis().equals("consent") || (category.special() && "explicit_consent".equals(s.article9()))) {
                assertThat(live(p, activity.code(), activity.channel())).as("live consent for a consent-based value").isTrue();
            }
        }
    }

    /** The live state is the person's last record for the purpose and channel. */
    private static boolean live(PersonSpec p, String purpose, Channel channel) {
        ConsentSpec last = null;
        for (ConsentSpec c : p.consents()) {
            if (c.purpose().equals(purpose) && c.channel() == channel) {
                last = c;
            }
        }
        return last != null && last.granted() && last.provable();
    }

    record Built(long registerDataset, Map<Long, SourceSpec> sourceOf) { }

    private static Built build(Store store, World world) {
        new Purposes(store).seedDefaults("property");
        Spine spine = new Spine(store);
        Sources sources = new Sources(store);
        sources.declareSupplier("p", new SupplierDeclaration("ok", "Checked Ltd", SupplierRole.BROKER, DueDiligence.PASSED, "audited", WHEN));
        sources.declareSupplier("p", new SupplierDeclaration("unchecked", "Unchecked Ltd", SupplierRole.BROKER, DueDiligence.NOT_STARTED, null, null));
        sources.declareSource("p", new SourceDeclaration("evidence", SourceKind.DIRECT, "Consent evidence", "ok", "web form", "consent", null,
                "Art 6(1)(a)", List.of("email"), "until withdrawn", null, new Wording(WordingKind.CONSENT, "Yes please", WHEN)));
        store.write(c -> {
            for (int i = 0; i < world.people().size(); i++) {
                spine.elector(c, i + 1, "F" + i, "S" + i, "BN1 1AA", i % 2 == 0 ? "AA" : "AB");
            }
            return null;
        });
        Map<Long, SourceSpec> sourceOf = new HashMap<>();
        for (int i = 0; i < world.sources().size(); i++) {
            SourceSpec s = world.sources().get(i);
            String code = "src-" + i;
            WordingKind wk = s.basis().equals("consent") || "explicit_consent".equals(s.article9()) ? WordingKind.CONSENT : WordingKind.NOTICE;
            sources.declareSource("p", new SourceDeclaration(code, s.kind(), "Source " + i, s.ddPassed() ? "ok" : "unchecked", "collected",
                    s.basis(), s.article9(), "reference", List.copyOf(s.purposes()), "a year", 12, new Wording(wk, "wording", WHEN)));
            int si = i;
            long ds = store.write(c -> {
                List<FieldDeclaration> fields = new ArrayList<>();
                for (int j = 0; j < s.fields().size(); j++) {
                    fields.add(new FieldDeclaration("f" + j, s.fields().get(j).category(), s.fields().get(j).nature()));
                }
                long id = sources.declareDataset(c, "p", new DatasetDeclaration(code, "file", null, code + ".csv", "e".repeat(64), fields)).datasetId();
                try (var load = sources.attributes(c, id)) {
                    for (int p = 0; p < world.people().size(); p++) {
                        for (int j = 0; j < s.fields().size(); j++) {
                            if ((world.people().get(p).valueMask() >>> ((si * 3 + j) % 64) & 1L) == 1L) {
                                load.value(p, "f" + j, "v" + p + j, p + 1L, 0.9);
                            }
                        }
                    }
                    load.finish();
                }
                return id;
            });
            sourceOf.put(ds, s);
        }
        PersonFlags flags = new PersonFlags(store);
        Consents consents = new Consents(store);
        for (int i = 0; i < world.people().size(); i++) {
            PersonSpec p = world.people().get(i);
            for (PersonFlag f : p.flags()) {
                flags.set("p", i + 1, f, "request", null);
            }
            for (ConsentSpec c : p.consents()) {
                consents.record("p", c.granted()
                        ? ConsentRecord.grant(i + 1, c.purpose(), c.channel(), c.provable() ? WHEN : null, ConsentMethod.WEB, "evidence", 1)
                        : ConsentRecord.withdraw(i + 1, c.purpose(), c.channel(), WHEN, ConsentMethod.WEB));
            }
        }
        Purposes purposes = new Purposes(store);
        if (world.dpiaApproved()) {
            purposes.decideDpia("dpo", purposes.draftDpia("p", world.activity(), "assessed"), true);
        }
        return new Built(spine.registerDataset, sourceOf);
    }

    private static Store store(StoreKind kind) {
        return STORES.computeIfAbsent(kind, TestStores::open).store();
    }

    /** One transaction per table: DuckDB checks a foreign key against the state before the transaction. */
    private static void wipe(Store store) {
        for (String table : List.of("attribute_value", "dataset_field", "consent_state", "consent", "person_flag", "dpia",
                "source_wording", "source_purpose", "source_provenance", "supplier", "source", "elector", "register_edition",
                "dataset", "person", "local_authority")) {
            store.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("DELETE FROM " + table);
                }
                return null;
            });
        }
    }

    @AfterContainer
    static void close() {
        STORES.values().forEach(TestStores.TestStore::close);
        STORES.clear();
    }
}
