package org.hustings.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.FieldProblems;
import org.hustings.HustingsException;
import org.hustings.ledger.Ledger;
import org.hustings.ledger.RecordedEntry;
import org.hustings.purpose.Purposes;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Declaring suppliers, sources and datasets: nothing stored without provenance, on both stores. */
class SourcesTest {
    private static final Instant WHEN = Instant.parse("2026-01-05T10:00:00Z");

    private static TestStores.TestStore open(StoreKind kind) {
        var t = TestStores.open(kind);
        new Purposes(t.store()).seedDefaults("test");
        new Sources(t.store()).declareSupplier("dpo", new SupplierDeclaration("party", "The Party", SupplierRole.CONTROLLER,
                DueDiligence.PASSED, "Own collection", WHEN));
        return t;
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void theRegisterSourceCarriesItsLegalFootingAndIsEnsuredOnce(StoreKind kind) {
        try (var t = open(kind)) {
            Sources sources = new Sources(t.store());
            long first = t.store().write(c -> sources.ensureRegisterSource(c, "E07000223", "Adur"));
            long again = t.store().write(c -> sources.ensureRegisterSource(c, "E07000223", "Adur"));
            long marked = t.store().write(c -> sources.ensureMarkedRegisterSource(c, "E07000223", "Adur"));
            assertThat(again).isEqualTo(first);
            assertThat(marked).isNotEqualTo(first);
            SourceView register = sources.source("register:E07000223");
            assertThat(register.kind()).isEqualTo(SourceKind.STATUTORY_REGISTER);
            assertThat(register.article6()).isEqualTo("public_task");
            assertThat(register.legalReference()).contains("Art 6(1)(c)", "6(1)(e)", "regs 103-105 and 114-115");
            assertThat(register.purposes()).contains("canvassing", "donation_checks").doesNotContain("membership_administration", "email");
            assertThat(register.supplierRole()).isEqualTo(SupplierRole.PUBLIC_BODY);
            assertThat(register.provenance()).isTrue();
            SourceView markedView = sources.source("marked-register:E07000223");
            assertThat(markedView.legalReference()).contains("reg 117");
            assertThat(markedView.purposes()).doesNotContain("donation_checks");

            // A register source row made before provenance existed is given its footing, not duplicated.
            long bare = t.store().write(c -> {
                try (var st = c.createStatement(); var r = st.executeQuery("INSERT INTO source (code, kind, name, supplier, article6_basis, "
                        + "legal_reference) VALUES ('register:E07000229', 'statutory_register', 'Worthing', 'ERO', 'public_task', 'RPR 2001') RETURNING id")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(sources.source("register:E07000229").provenance()).isFalse();
            long ensured = t.store().write(c -> sources.ensureRegisterSource(c, "E07000229", "Worthing"));
            assertThat(ensured).isEqualTo(bare);
            assertThat(sources.source("register:E07000229").provenance()).isTrue();
            assertThat(sources.source("register:E07000229").purposes()).contains("canvassing");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aSourceMissingThingsIsRefusedWithEveryReason(StoreKind kind) {
        try (var t = open(kind)) {
            Sources sources = new Sources(t.store());
            assertThatThrownBy(() -> sources.declareSource("dpo", new SourceDeclaration("web", SourceKind.DIRECT, "Web", "nobody", " ",
                    "consent", "made_up", "", List.of("flying"), null, null, null)))
                    .isInstanceOfSatisfying(HustingsException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                        assertThat(e.getMessage()).contains("collection method is missing", "legal reference", "retention period",
                                "'made_up' is not an Article 9(2) condition", "exact consent wording", "privacy notice",
                                "supplier 'nobody' is not registered", "purpose 'flying' is not in the register");
                    });
            assertThat(sources.list()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void datasetsAreAnnotatedAndSpecialFieldsWithoutAConditionAreFlagged(StoreKind kind) {
        try (var t = open(kind)) {
            Sources sources = new Sources(t.store());
            sources.declareSource("dpo", new SourceDeclaration("canvass", SourceKind.DIRECT, "Doorstep canvass", "party", "At the door",
                    "legitimate_interests", "political_party", "LIA-1", List.of("canvassing"), "Electoral cycle", 48,
                    new Wording(WordingKind.NOTICE, "We note how you intend to vote.", WHEN)));
            assertThat(sources.addWording("dpo", "canvass", new Wording(WordingKind.NOTICE, "Version two.", WHEN))).isEqualTo(2);
            DeclaredDataset d = t.store().write(c -> sources.declareDataset(c, "dpo", new DatasetDeclaration("canvass", "canvass", "app",
                    "returns.csv", "f".repeat(64), List.of(new FieldDeclaration("vi", "political.voting_intention", Nature.FACTUAL),
                    new FieldDeclaration("health", "health.disability", Nature.FACTUAL),
                    new FieldDeclaration("outcome", "interaction.canvass_outcome", Nature.FACTUAL)))));
            assertThat(d.fields()).filteredOn(DeclaredField::releasable).extracting(DeclaredField::field).containsExactlyInAnyOrder("vi", "outcome");
            assertThat(d.fields()).filteredOn(f -> f.field().equals("health")).singleElement()
                    .satisfies(f -> assertThat(f.releaseBlock()).contains("no condition — never released", "does not cover"));
            assertThat(sources.fields(d.datasetId())).hasSize(3);
            assertThat(new Ledger(t.store()).latest(10)).extracting(RecordedEntry::action)
                    .containsSubsequence("dataset.declare", "source.wording", "source.declare", "supplier.declare");
            assertThat(new Ledger(t.store()).latest(1).get(0).detailsJson()).contains("never_released").contains("health");

            assertThatThrownBy(() -> t.store().write(c -> {
                try (var load = sources.attributes(c, d.datasetId())) {
                    load.value(1, "email", "x", 1L, null);
                }
                return null;
            })).hasMessageContaining("Field 'email' was not declared").hasMessageContaining("nothing is stored without provenance");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aDatasetFromASourceWithoutProvenanceIsRefused(StoreKind kind) {
        try (var t = open(kind)) {
            t.store().write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO source (code, kind, name, supplier, article6_basis, legal_reference) "
                            + "VALUES ('bare', 'direct', 'Bare', 'Someone', 'consent', 'none')");
                }
                return null;
            });
            Sources sources = new Sources(t.store());
            assertThat(sources.source("bare").provenance()).isFalse();
            assertThatThrownBy(() -> t.store().write(c -> sources.declareDataset(c, "dpo", new DatasetDeclaration("bare", "x", null,
                    "x.csv", "0".repeat(64), List.of(new FieldDeclaration("e", "contact.email", Nature.FACTUAL))))))
                    .hasMessageContaining("has no provenance");
            assertThatThrownBy(() -> t.store().write(c -> sources.declareDataset(c, "dpo", new DatasetDeclaration("canvass", "x", null,
                    "x.csv", "short", List.of()))))
                    .hasMessageContaining("SHA-256").hasMessageContaining("source 'canvass' is not declared");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void dueDiligenceNeedsEvidence(StoreKind kind) {
        try (var t = open(kind)) {
            Sources sources = new Sources(t.store());
            assertThatThrownBy(() -> sources.declareSupplier("dpo", new SupplierDeclaration("acme", "Acme", SupplierRole.BROKER,
                    DueDiligence.PASSED, "", WHEN))).hasMessageContaining("without evidence");
            sources.declareSupplier("dpo", new SupplierDeclaration("acme", "Acme", SupplierRole.BROKER, DueDiligence.IN_PROGRESS, null, null));
            assertThatThrownBy(() -> sources.recordDueDiligence("dpo", "acme", DueDiligence.PASSED, " ")).hasMessageContaining("evidence");
            sources.recordDueDiligence("dpo", "acme", DueDiligence.PASSED, "Audit report 2026-01");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aDatasetIngestCreatedIsAnnotatedOnce(StoreKind kind) {
        try (var t = open(kind)) {
            Sources sources = new Sources(t.store());
            sources.declareSource("dpo", new SourceDeclaration("members", SourceKind.MEMBERSHIP, "Members", "party", "Membership form",
                    "contract", "political_party", "Membership terms", List.of("membership_administration"), "Membership plus 2 years", 24,
                    new Wording(WordingKind.NOTICE, "We keep your membership details.", WHEN)));
            long id = t.store().write(c -> {
                try (var ps = c.prepareStatement("INSERT INTO dataset (source_id, kind, file_name, file_sha256, status, loaded_by) "
                        + "SELECT id, 'membership', 'members.xlsx', ?, 'loaded', 'ingest' FROM source WHERE code = 'members' RETURNING id")) {
                    ps.setString(1, "1".repeat(64));
                    try (var r = ps.executeQuery()) {
                        r.next();
                        return r.getLong(1);
                    }
                }
            });
            List<FieldDeclaration> fields = List.of(new FieldDeclaration("email", "contact.email", Nature.FACTUAL),
                    new FieldDeclaration("member", "political.party_membership", Nature.FACTUAL));
            DeclaredDataset d = t.store().write(c -> sources.annotateDataset(c, "ingest", id, fields));
            assertThat(d.fields()).allMatch(DeclaredField::releasable);
            assertThatThrownBy(() -> t.store().write(c -> sources.annotateDataset(c, "ingest", id, fields)))
                    .hasMessageContaining("already annotated");
            assertThatThrownBy(() -> t.store().write(c -> sources.annotateDataset(c, "ingest", 9999, fields)))
                    .hasMessageContaining("no dataset 9999");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aSourceDeclaredFromAFileIsChangedWithEveryChangeLedgered(StoreKind kind) {
        try (var t = open(kind)) {
            Sources sources = new Sources(t.store());
            SourceDeclarationFile.Declaration file = SourceDeclarationFile.parse("""
                    {"supplier": {"code": "acme", "organisation": "Acme Data Ltd", "role": "broker", "dueDiligence": "in_progress"},
                     "source": {"code": "acme-life", "kind": "commercial", "name": "Acme lifestyle", "supplier": "acme",
                                "collectionMethod": "Bought", "article6": "legitimate_interests", "legalReference": "Licence 7",
                                "purposes": ["modelling"], "retention": "A year", "retentionMonths": 12}}
                    """, "acme.json");
            sources.declare("dm", file);
            assertThat(sources.supplier("acme").role()).isEqualTo(SupplierRole.BROKER);
            assertThat(sources.detail("acme-life", 5).retentionMonths()).isEqualTo(12);

            assertThat(sources.setPurposes("dm", "acme-life", List.of("modelling", "direct_mail"))).containsExactly("direct_mail", "modelling");
            assertThat(sources.setPurposes("dm", "acme-life", List.of("direct_mail"))).containsExactly("direct_mail");
            assertThat(new Ledger(t.store()).latest(1, "source.purposes").get(0).detailsJson())
                    .contains("\"added\":[]", "\"removed\":[\"modelling\"]");
            assertThatThrownBy(() -> sources.setPurposes("dm", "acme-life", List.of("flying")))
                    .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.firstField()).isEqualTo("purposes"));

            long register = t.store().write(c -> sources.ensureRegisterSource(c, "E07000223", "Adur"));
            assertThat(register).isPositive();
            assertThatThrownBy(() -> sources.setPurposes("dm", "register:E07000223", List.of("canvassing", "casework")))
                    .isInstanceOfSatisfying(FieldProblems.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.REFUSED);
                        assertThat(e.firstField()).isEqualTo("purposes");
                        assertThat(e.getMessage()).contains("'casework'", "regs 103-105 and 114-115");
                    });

            assertThatThrownBy(() -> sources.setRetention("dm", "acme-life", " ", 0)).isInstanceOfSatisfying(FieldProblems.class,
                    e -> assertThat(e.problems()).extracting(FieldProblems.Problem::field).containsExactly("retention", "retentionMonths"));
            sources.setRetention("dm", "acme-life", "Two years", null);
            assertThat(sources.source("acme-life").retention()).isEqualTo("Two years");
            assertThat(sources.detail("acme-life", 5).retentionMonths()).isNull();

            assertThatThrownBy(() -> sources.addWording("dm", "acme-life", new Wording(null, "", WHEN)))
                    .isInstanceOfSatisfying(FieldProblems.class, e -> assertThat(e.problems()).extracting(FieldProblems.Problem::field)
                            .containsExactly("kind", "text"));
            sources.addWording("dm", "acme-life", new Wording(WordingKind.NOTICE, "We bought your data from Acme.", WHEN));
            sources.addWording("dm", "acme-life", new Wording(WordingKind.NOTICE, "We bought your data from Acme Ltd.", WHEN));
            assertThat(sources.wordings("acme-life")).extracting(WordingVersion::version).containsExactly(2, 1);

            t.store().write(c -> sources.declareDataset(c, "dm", new DatasetDeclaration("acme-life", "broker", "acme-v1", "acme.csv",
                    "e".repeat(64), List.of(new FieldDeclaration("income", "financial.estimated_income", Nature.ESTIMATED)))));
            SourceDetail detail = sources.detail("acme-life", 5);
            assertThat(detail.datasetCount()).isEqualTo(1);
            assertThat(detail.datasets().get(0).fields()).singleElement().satisfies(f -> {
                assertThat(f.nature()).isEqualTo(Nature.ESTIMATED);
                assertThat(f.releasable()).isTrue();
            });
            assertThat(sources.detail("register:E07000223", 5).statutoryFields()).extracting(DeclaredField::field).contains("surname");

            assertThat(new Ledger(t.store()).latest(30)).filteredOn(e -> e.actor().equals("dm")).extracting(RecordedEntry::action)
                    .contains("supplier.declare", "source.declare", "source.purposes", "source.retention", "source.wording", "dataset.declare");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aDeclarationFileNamesEachFieldAtFault(StoreKind kind) {
        try (var t = open(kind)) {
            assertThatThrownBy(() -> SourceDeclarationFile.parse("""
                    {"source": {"code": "x", "kind": "stolen", "colour": "red", "purposes": "email", "retentionMonths": "soon",
                                "wording": {"kind": "poem", "text": "Hi", "effectiveFrom": "yesterday"}}}
                    """, "x.json")).isInstanceOfSatisfying(FieldProblems.class, e -> {
                assertThat(e.problems()).extracting(FieldProblems.Problem::field).containsExactlyInAnyOrder("source.colour", "source.kind",
                        "source.purposes", "source.retentionMonths", "source.wording.kind", "source.wording.effectiveFrom");
                assertThat(e.getMessage()).startsWith("The declaration in x.json was refused");
            });
            assertThatThrownBy(() -> SourceDeclarationFile.parse("{\"code\": ", "y.json")).hasMessageContaining("is not JSON");
            SourceDeclarationFile.Declaration flat = SourceDeclarationFile.parse("{\"code\": \"s\", \"kind\": \"direct\"}", "the request");
            assertThat(flat.supplier()).isNull();
            assertThatThrownBy(() -> new Sources(t.store()).declare("dm", flat)).isInstanceOfSatisfying(FieldProblems.class,
                    e -> assertThat(e.problems()).extracting(FieldProblems.Problem::field).contains("name", "supplier", "collectionMethod",
                            "legalReference", "retention", "article6", "purposes", "wording"));
        }
    }
}
