package org.hustings.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.hustings.provenance.Sources;
import org.hustings.purpose.Purposes;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The marked register and absent voters lists through the gate: electoral purposes only (RPR 2001 reg 117), on both stores. */
class MarkedRegisterGateTest {

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void marksAndAbsentVotesAreReleasedForElectoralPurposesOnly(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            new Purposes(t.store()).seedDefaults("test");
            Spine spine = new Spine(t.store());
            spine.elector(1, "Ada", "Lovelace", "BN43 5AA", "AA");
            spine.elector(2, "Alan", "Turing", "BN43 5AB", "AB");
            Sources sources = new Sources(t.store());
            t.store().write(c -> {
                long marked = sources.ensureMarkedRegisterSource(c, Spine.LA, "Adur");
                long avl = sources.ensureAbsentVotersSource(c, Spine.LA, "Adur");
                long markedSet = Spine.dataset(c, marked, "marked_register", "marked.csv");
                long avlSet = Spine.dataset(c, avl, "absent_voters", "avl.csv");
                long election;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO election (la_code, name, held_on, edition_id) VALUES (?, 'Local', ?, ?) RETURNING id")) {
                    ps.setString(1, Spine.LA);
                    ps.setObject(2, LocalDate.of(2026, 5, 7));
                    ps.setLong(3, spine.edition);
                    try (var r = ps.executeQuery()) {
                        r.next();
                        election = r.getLong(1);
                    }
                }
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO election_mark VALUES (" + election + ", 1, 1, 'AA-1', 'in_person', " + markedSet + ", 1), ("
                            + election + ", 2, 2, 'AB-2', 'postal', " + markedSet + ", 2)");
                    st.execute("INSERT INTO absent_voter (edition_id, election_id, elector_id, person_id, elector_number, kind, returned, dataset_id, "
                            + "line_no) VALUES (" + spine.edition + ", " + election + ", 2, 2, 'AB-2', 'postal', TRUE, " + avlSet + ", 1)");
                }
                return null;
            });
            Gate gate = new Gate(t.store());
            GateResult gotv = gate.readAll("get_out_the_vote", "alice", Selection.localAuthority(Spine.LA));
            Set<String> fields = gotv.values().stream().filter(v -> v.personId() == 2).map(v -> v.field() + "=" + v.value()).collect(Collectors.toSet());
            assertThat(fields).contains("voted=postal", "absent_vote=postal", "postal_vote_returned=true", "surname=Turing");
            assertThat(gotv.values()).anyMatch(v -> v.personId() == 1 && v.field().equals("voted") && v.value().equals("in_person"));

            GateResult ward = gate.readAll("get_out_the_vote", "alice", Selection.pollingDistricts(Spine.LA, java.util.List.of("AA")));
            assertThat(ward.values()).allMatch(v -> v.personId() == 1);

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> sources.permitPurpose("mallory", "marked-register:" + Spine.LA,
                    "donation_checks")).hasMessageContaining("reg 117");
            GateTest.misconfigure(t, "marked-register:" + Spine.LA, "donation_checks");
            GateResult donations = gate.readAll("donation_checks", "treasurer", Selection.everyone());
            assertThat(donations.values()).noneMatch(v -> v.field().equals("voted") || v.field().equals("absent_vote"));
            FieldDecision voted = donations.report().fields().stream().filter(f -> f.field().equals("voted")).findFirst().orElseThrow();
            assertThat(voted.refusal().rule()).isEqualTo(StatutoryUse.NAME);
            assertThat(voted.refusal().law()).contains("reg 117");
            assertThat(donations.values()).anyMatch(v -> v.field().equals("surname"));
        }
    }
}
