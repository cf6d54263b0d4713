package org.hustings.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.store.StoreKind;
import org.hustings.store.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Users, login, sessions and lock-out, on both stores. */
class StaffTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private static Staff staff(TestStores.TestStore t, TestClock clock) {
        return new Staff(t.store(), 4, clock);
    }

    private static TestClock clock() {
        return new TestClock(Instant.parse("2026-05-01T09:00:00Z"));
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void aUserLogsInAndOut(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Staff staff = staff(t, clock());
            StaffUser asha = staff.addUser(" Asha ", "Asha Patel", Role.DPO, PASSWORD);
            assertThat(asha.username()).isEqualTo("asha");
            assertThat(staff.users()).extracting(StaffUser::username, StaffUser::role).containsExactly(org.assertj.core.groups.Tuple.tuple("asha", Role.DPO));

            LoginOutcome outcome = staff.login("ASHA", PASSWORD);
            assertThat(outcome).isInstanceOf(LoginOutcome.LoggedIn.class);
            var in = (LoginOutcome.LoggedIn) outcome;
            Session s = staff.session(in.token()).orElseThrow();
            assertThat(s.user().displayName()).isEqualTo("Asha Patel");
            assertThat(s.csrfToken()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(in.token());

            staff.logout(in.token());
            assertThat(staff.session(in.token())).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void onlyTheTokenHashIsStoredAndEachLoginGetsANewSession(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Staff staff = staff(t, clock());
            staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD);
            var first = (LoginOutcome.LoggedIn) staff.login("asha", PASSWORD);
            var second = (LoginOutcome.LoggedIn) staff.login("asha", PASSWORD);
            assertThat(first.token()).isNotEqualTo(second.token());
            assertThat(first.session().csrfToken()).isNotEqualTo(second.session().csrfToken());
            String stored = t.store().read(c -> {
                try (var st = c.createStatement(); ResultSet r = st.executeQuery("SELECT string_agg(token_hash, ',') FROM staff_session")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertThat(stored).doesNotContain(first.token()).contains(Tokens.sha256(first.token())).contains(Tokens.sha256(second.token()));
            String hash = t.store().read(c -> {
                try (var st = c.createStatement(); ResultSet r = st.executeQuery("SELECT password_hash FROM staff_user")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertThat(hash).startsWith("$2a$04$").doesNotContain("horse");
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void wrongUsernameAndWrongPasswordGetTheSameAnswer(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Staff staff = staff(t, clock());
            staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD);
            assertThat(staff.login("asha", "wrong password!!".toCharArray())).isEqualTo(new LoginOutcome.Refused(Staff.WRONG));
            assertThat(staff.login("nobody", PASSWORD)).isEqualTo(new LoginOutcome.Refused(Staff.WRONG));
            assertThat(staff.login("", PASSWORD)).isEqualTo(new LoginOutcome.Refused(Staff.WRONG));
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void fiveFailuresLockTheUsernameForFifteenMinutes(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            TestClock clock = clock();
            Staff staff = staff(t, clock);
            staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD);
            for (int i = 1; i <= 4; i++) {
                assertThat(staff.login("asha", "wrong password!!".toCharArray())).isInstanceOf(LoginOutcome.Refused.class);
                clock.advance(Duration.ofSeconds(30));
            }
            assertThat(staff.login("asha", "wrong password!!".toCharArray())).isInstanceOf(LoginOutcome.LockedOut.class);
            // Locked: even the right password is not checked.
            clock.advance(Duration.ofMinutes(14));
            assertThat(staff.login("asha", PASSWORD)).isInstanceOf(LoginOutcome.LockedOut.class);
            clock.advance(Duration.ofMinutes(1));
            assertThat(staff.login("asha", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void unknownUsernamesLockTooSoTheLockRevealsNothing(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Staff staff = staff(t, clock());
            for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
                assertThat(staff.login("ghost", PASSWORD)).isInstanceOf(LoginOutcome.Refused.class);
            }
            assertThat(staff.login("ghost", PASSWORD)).isInstanceOf(LoginOutcome.LockedOut.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void failuresSpreadOutDoNotLockAndASuccessClearsTheCount(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            TestClock clock = clock();
            Staff staff = staff(t, clock);
            staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD);
            for (int i = 0; i < 8; i++) {
                assertThat(staff.login("asha", "wrong password!!".toCharArray())).isInstanceOf(LoginOutcome.Refused.class);
                clock.advance(Duration.ofMinutes(16));
            }
            for (int i = 0; i < 4; i++) {
                staff.login("asha", "wrong password!!".toCharArray());
            }
            assertThat(staff.login("asha", PASSWORD)).isInstanceOf(LoginOutcome.LoggedIn.class);
            for (int i = 0; i < 4; i++) {
                assertThat(staff.login("asha", "wrong password!!".toCharArray())).isInstanceOf(LoginOutcome.Refused.class);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void sessionsEndAfterThirtyIdleMinutesOrTwelveHours(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            TestClock clock = clock();
            Staff staff = staff(t, clock);
            staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD);
            var idle = (LoginOutcome.LoggedIn) staff.login("asha", PASSWORD);
            clock.advance(Duration.ofMinutes(29));
            assertThat(staff.session(idle.token())).isPresent();
            clock.advance(Duration.ofMinutes(29));
            assertThat(staff.session(idle.token())).as("each request restarts the idle clock").isPresent();
            clock.advance(Duration.ofMinutes(30));
            assertThat(staff.session(idle.token())).isEmpty();

            var busy = (LoginOutcome.LoggedIn) staff.login("asha", PASSWORD);
            for (int i = 0; i < 47; i++) {
                clock.advance(Duration.ofMinutes(15));
                assertThat(staff.session(busy.token())).isPresent();
            }
            clock.advance(Duration.ofMinutes(15));
            assertThat(staff.session(busy.token())).as("12 hours after login").isEmpty();
            long rows = t.store().read(c -> {
                try (var st = c.createStatement(); ResultSet r = st.executeQuery("SELECT count(*) FROM staff_session")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(rows).as("ended sessions are deleted").isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void badUsersAreRefusedInPlainWords(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            Staff staff = staff(t, clock());
            assertThatThrownBy(() -> staff.addUser("asha", "Asha", Role.DPO, "short".toCharArray()))
                    .isInstanceOf(HustingsException.class).hasMessageContaining("at least 12");
            assertThatThrownBy(() -> staff.addUser("asha", "Asha", Role.DPO, "x".repeat(73).toCharArray()))
                    .hasMessageContaining("too long");
            assertThatThrownBy(() -> staff.addUser("a b", "Asha", Role.DPO, PASSWORD)).hasMessageContaining("not usable");
            staff.addUser("asha", "Asha", Role.DPO, PASSWORD);
            assertThatThrownBy(() -> staff.addUser("ASHA", "Asha again", Role.AUDITOR, PASSWORD))
                    .isInstanceOfSatisfying(HustingsException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
            assertThat(staff.session("not-a-token")).isEmpty();
            assertThat(staff.session(null)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void concurrentGuessesAreAllCounted(StoreKind kind) throws Exception {
        try (var t = TestStores.open(kind)) {
            Staff staff = staff(t, clock());
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                var results = pool.invokeAll(java.util.Collections.nCopies(LoginThrottle.MAX_FAILURES,
                        () -> staff.login("ghost", PASSWORD)));
                long locked = 0;
                for (var r : results) {
                    locked += r.get() instanceof LoginOutcome.LockedOut ? 1 : 0;
                }
                assertThat(locked).as("exactly the fifth guess locks").isEqualTo(1);
            } finally {
                pool.shutdown();
            }
            assertThat(staff.login("ghost", PASSWORD)).isInstanceOf(LoginOutcome.LockedOut.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.hustings.store.TestStores#kinds")
    void abandonedSessionsAndOldGuessesAreCleared(StoreKind kind) {
        try (var t = TestStores.open(kind)) {
            TestClock clock = clock();
            Staff staff = staff(t, clock);
            staff.addUser("asha", "Asha Patel", Role.DPO, PASSWORD);
            staff.login("asha", PASSWORD);
            staff.login("someone", PASSWORD);
            clock.advance(Duration.ofHours(1));
            staff.login("asha", PASSWORD);
            staff.login("another", PASSWORD);
            assertThat(count(t, "SELECT count(*) FROM staff_session")).isEqualTo(1);
            assertThat(count(t, "SELECT count(*) FROM login_throttle")).isEqualTo(1);
        }
    }

    private static long count(TestStores.TestStore t, String sql) {
        return t.store().read(c -> {
            try (var st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    @org.junit.jupiter.api.Test
    void everyRoleSaysWhatItMayDo() {
        for (Role r : Role.values()) {
            assertThat(r.description()).isNotBlank().endsWith(".");
        }
        assertThat(Role.parse("data-manager")).isEqualTo(Role.DATA_MANAGER);
        assertThatThrownBy(() -> Role.parse("admin")).hasMessageContaining("dpo, data-manager");
    }
}
