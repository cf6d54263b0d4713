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
 * restricted or erased person, a consent-based value or channel without a live, provable consent,
 * or a value linked below the purpose's minimum link probability; and its report counts exactly
 * what the rules withheld, person by person and value by value, in a read and in a dry run.
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

    record PersonSpec(Set<PersonFlag> flags, List<ConsentSpec> consents, long valueMask, long linkSeed) { }

    record World(List<SourceSpec> sources, List<PersonSpec> people, String activity, boolean dpiaApproved, Selection selection,
                 Double minimum) { }

    /** Link probabilities a value may carry: none (stored with its person), exact (1.0), and probabilistic ones. */
    static final Double[] PROBABILITIES = {null, 1.0, 0.5, 0.8, 0.9, 0.95, 0.99};

    /** The probability of the link that attached person {@code p}'s value of field {@code j} of source {@code si}. */
    static Double probability(PersonSpec p, int si, int j) {
        return PROBABILITIES[new java.util.Random(p.linkSeed() * 31 + si * 7L + j).nextInt(PROBABILITIES.length)];
    }

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
                consent.list().ofMaxSize(3), Arbitraries.longs(), Arbitraries.longs()).as(PersonSpec::new);
        Arbitrary<String> activity = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of("email", "sms", "social_media_audiences")),
                Tuple.of(3, Arbitraries.of(ACTIVITIES)));
        Arbitrary<Selection> selection = Arbitraries.of(Selection.everyone(), Selection.localAuthority(Spine.LA),
                Selection.pollingDistricts(Spine.LA, List.of("AA")));
        Arbitrary<Double> minimum = Arbitraries.of(0.0, 0.8, 0.95, 1.0).map(m -> m == 0.0 ? null : m);
        return Combinators.combine(source.list().ofMaxSize(3), person.list().ofMinSize(1).ofMaxSize(10), activity,
                Arbitraries.of(true, false), Arbitraries.of(true, false), selection, minimum).as(GateProperties::aimed);
    }

    /** A special category each activity uses, so that the Art 9 rules are exercised, not dodged. */
    static final Map<String, String> SPECIAL_USED = Map.of("canvassing", "political.voting_intention", "phone_canvassing",
            "political.voting_intention", "get_out_the_vote", "political.voting_intention", "modelling", "political.support_score",
            "membership_administration", "political.party_membership");

    /** The default activities that rest on consent: a person needs a live consent to be released at all. */
    static final Set<String> CONSENT_ACTIVITIES = Set.of("email", "sms", "social_media_audiences");

    /**
     * Worlds where values reach the value rules: the DPIA approved, every source permitting the
     * activity with its due diligence done, the first collected on consent, and most people
     * unflagged, with a live consent where the activity itself rests on consent.
     */
    @Provide
    Arbitrary<World> valueWorlds() {
        return worlds().map(w -> {
            List<SourceSpec> sources = new ArrayList<>();
            for (SourceSpec x : w.sources()) {
                Set<String> purposes = new java.util.HashSet<>(x.purposes());
                purposes.add(w.activity());
                // the first source collected on consent, with a field the activity uses, so that the consent rule on values is exercised
                List<FieldSpec> fields = x.fields();
                if (sources.isEmpty()) {
                    fields = new ArrayList<>(List.of(new FieldSpec(PLAIN_USED.get(w.activity()), Nature.FACTUAL)));
                    for (FieldSpec f : x.fields()) {
                        if (!f.category().equals(PLAIN_USED.get(w.activity())) && fields.size() < 3) {
                            fields.add(f);
                        }
                    }
                }
                sources.add(new SourceSpec(x.kind(), sources.isEmpty() ? "consent" : x.basis(), x.article9(), Set.copyOf(purposes), true,
                        fields));
            }
            if (sources.isEmpty()) {
                sources.add(new SourceSpec(SourceKind.DIRECT, "legitimate_interests", null, Set.of(w.activity()), true,
                        List.of(new FieldSpec(PLAIN_USED.get(w.activity()), Nature.FACTUAL))));
            }
            List<PersonSpec> people = new ArrayList<>();
            for (PersonSpec x : w.people()) {
                long pick = Math.floorMod(x.linkSeed(), 10);
                if (pick < 7) {
                    List<ConsentSpec> consents = new ArrayList<>(x.consents());
                    if (pick < 5 && CONSENT_ACTIVITIES.contains(w.activity())) {
                        consents.add(new ConsentSpec(w.activity(), CHANNELS.get(w.activity()), true, true));
                    }
                    people.add(new PersonSpec(Set.of(), consents, x.valueMask(), x.linkSeed()));
                } else {
                    people.add(x);
                }
            }
            return new World(sources, people, w.activity(), true, w.selection(), w.minimum());
        });
    }

    /** An ordinary category each activity uses, so that data minimisation does not refuse every field and the value rules are exercised. */
    static final Map<String, String> PLAIN_USED = Map.ofEntries(Map.entry("canvassing", "identity.name"),
            Map.entry("phone_canvassing", "contact.phone"), Map.entry("direct_mail", "identity.name"), Map.entry("email", "contact.email"),
            Map.entry("sms", "contact.phone"), Map.entry("social_media_audiences", "contact.email"), Map.entry("modelling", "identity.name"),
            Map.entry("get_out_the_vote", "identity.name"), Map.entry("donation_checks", "identity.name"),
            Map.entry("membership_administration", "identity.name"), Map.entry("casework", "identity.name"));

    /** Half the sources permit the activity read and half the consents are for it, so the rules are exercised, not dodged. */
    static World aimed(List<SourceSpec> sources, List<PersonSpec> people, String activity, boolean dpia, boolean aim, Selection selection,
                       Double minimum) {
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
            String plain = PLAIN_USED.get(activity);
            if (i % 2 == 1 && fields.stream().noneMatch(f -> f.category().equals(plain))) {
                fields.set(0, new FieldSpec(plain, Nature.FACTUAL));
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
            p.add(new PersonSpec(x.flags(), consents, x.valueMask(), x.linkSeed()));
        }
        return new World(s, p, activity, dpia, selection, minimum);
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
            Double linked = built.probabilityOf.get(v.datasetId() + ":" + v.personId() + ":" + v.field());
            if (world.minimum() != null && linked != null) {
                assertThat(linked).as("a linked value at or above the purpose's minimum (Art 5(1)(d))").isGreaterThanOrEqualTo(world.minimum());
            }
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

    /**
     * The report counts what the rules withheld, exactly: per person rule (first refusal wins,
     * erased people not counted) and per value rule (a link below the minimum, then a consent-based
     * value without live consent), computed here from the world alone — in a read and in a dry run,
     * whose counts agree. The field layer (which pairs are permitted) is the gate's own plan.
     */
    @Property(tries = 40)
    void theReportCountsExactlyWhatTheRulesWithheld(@ForAll StoreKind kind, @ForAll("valueWorlds") World world) {
        Store store = store(kind);
        wipe(store);
        Built built = build(store, world);
        Activity activity = new Purposes(store).require(world.activity());
        assertThat(activity.minLinkProbability()).isEqualTo(world.minimum());
        Gate gate = new Gate(store);
        GateResult read = gate.readAll(world.activity(), "property", world.selection());
        GateReport dry = gate.dryRun(world.activity(), "property", world.selection(), 2);
        assertThat(dry.refused()).isEqualTo(read.report().refused());
        if (read.report().refused()) {
            assertThat(read.values()).isEmpty();
            return;
        }
        Taxonomy taxonomy = Taxonomy.standard();
        boolean consentActivity = PersonRule.consentRequired(activity, taxonomy);
        Map<String, Long> people = new java.util.TreeMap<>();
        long inSelection = 0;
        java.util.Set<Long> allowed = new java.util.HashSet<>();
        for (int i = 0; i < world.people().size(); i++) {
            long id = i + 1;
            if (world.selection() instanceof Selection.PollingDistricts && id % 2 == 0) {
                continue;
            }
            PersonRule rule = firstRefusal(world.people().get(i), activity, consentActivity);
            if (rule == PersonRule.ERASED) {
                continue;
            }
            inSelection++;
            if (rule == null) {
                allowed.add(id);
            } else {
                people.merge(rule.ruleName, 1L, Long::sum);
            }
        }
        List<GatePlan.AttributePair> permitted = store.read(c -> GatePlan.make(c, taxonomy, activity).permitted);
        long released = 0;
        Map<String, Long> values = new java.util.TreeMap<>();
        for (GatePlan.AttributePair pair : permitted) {
            int si = built.indexOf().get(pair.datasetId());
            int j = Integer.parseInt(pair.field().substring(1));
            for (long id : allowed) {
                PersonSpec p = world.people().get((int) id - 1);
                if ((p.valueMask() >>> ((si * 3 + j) % 64) & 1L) == 0L) {
                    continue;
                }
                Double pr = probability(p, si, j);
                if (world.minimum() != null && pr != null && pr < world.minimum()) {
                    values.merge("link-below-minimum", 1L, Long::sum);
                } else if (pair.needsConsent() && !live(p, activity.code(), activity.channel())) {
                    values.merge("consent-for-field", 1L, Long::sum);
                } else {
                    released++;
                }
            }
        }
        Statistics.label("link rule withheld a value").collect(values.containsKey("link-below-minimum"));
        Statistics.label("consent rule withheld a value").collect(values.containsKey("consent-for-field"));
        Statistics.label("attribute values released").collect(released > 0);
        for (GateReport r : List.of(read.report(), dry)) {
            assertThat(r.peopleInSelection()).as("people in the selection").isEqualTo(inSelection);
            Map<String, Long> gotPeople = new java.util.TreeMap<>();
            r.peopleRefused().forEach(c -> gotPeople.put(c.rule(), c.count()));
            assertThat(gotPeople).as("people per rule").isEqualTo(people);
            Map<String, Long> gotValues = new java.util.TreeMap<>();
            r.valuesWithheld().forEach(c -> gotValues.put(c.rule(), c.count()));
            assertThat(gotValues).as("values per value rule").isEqualTo(values);
        }
        assertThat(dry.peopleReleased()).isEqualTo(allowed.size());
        assertThat(read.values().stream().filter(v -> v.datasetId() != built.registerDataset()).count())
                .as("attribute values released").isEqualTo(released);
        assertThat(dry.valuesReleased()).as("the dry run counts what the read releases").isEqualTo(read.report().valuesReleased());
        // not vacuous: over the tries, each value rule withheld something and values were released
        for (String label : List.of("link rule withheld a value", "consent rule withheld a value", "attribute values released")) {
            Statistics.label(label).coverage(k -> k.check(true).count(n -> n >= 1));
        }
    }

    /** The first person rule that refuses the person for the activity, or null. */
    private static PersonRule firstRefusal(PersonSpec p, Activity a, boolean consentActivity) {
        if (p.flags().contains(PersonFlag.ERASED)) {
            return PersonRule.ERASED;
        }
        if (p.flags().contains(PersonFlag.RESTRICTED)) {
            return PersonRule.RESTRICTED;
        }
        if (a.directMarketing() && p.flags().contains(PersonFlag.OBJECTED_MARKETING)) {
            return PersonRule.OBJECTED_MARKETING;
        }
        if (a.profiling() && p.flags().contains(PersonFlag.OBJECTED_PROFILING)) {
            return PersonRule.OBJECTED_PROFILING;
        }
        if (a.channel().contacts() && p.flags().contains(PersonFlag.DO_NOT_CONTACT)) {
            return PersonRule.DO_NOT_CONTACT;
        }
        if (!consentActivity) {
            return null;
        }
        ConsentSpec last = null;
        for (ConsentSpec c : p.consents()) {
            if (c.purpose().equals(a.code()) && c.channel() == a.channel()) {
                last = c;
            }
        }
        if (last == null || !last.granted()) {
            return PersonRule.NO_CONSENT;
        }
        return last.provable() ? null : PersonRule.CONSENT_NOT_PROVABLE;
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

    /** {@code probabilityOf}: "dataset:person:field" to the value's link probability (absent when null). */
    record Built(long registerDataset, Map<Long, SourceSpec> sourceOf, Map<Long, Integer> indexOf, Map<String, Double> probabilityOf) { }

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
        Map<Long, Integer> indexOf = new HashMap<>();
        Map<String, Double> probabilityOf = new HashMap<>();
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
                                load.value(p, "f" + j, "v" + p + j, p + 1L, probability(world.people().get(p), si, j));
                            }
                        }
                    }
                    load.finish();
                }
                return id;
            });
            sourceOf.put(ds, s);
            indexOf.put(ds, i);
            for (int p = 0; p < world.people().size(); p++) {
                for (int j = 0; j < s.fields().size(); j++) {
                    Double pr = probability(world.people().get(p), si, j);
                    if (pr != null) {
                        probabilityOf.put(ds + ":" + (p + 1) + ":f" + j, pr);
                    }
                }
            }
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
        purposes.setMinLinkProbability("p", world.activity(), world.minimum());
        return new Built(spine.registerDataset, sourceOf, indexOf, probabilityOf);
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
