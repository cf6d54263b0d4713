package org.hustings.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hustings.HustingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regulator's worked examples for UK GDPR Art 12(3), and the bank-holiday table per nation. */
class StatutoryClockTest {
    private final StatutoryClock clock = StatutoryClock.standard();

    @ParameterizedTest(name = "received {0} in {1} -> due {2}")
    @CsvSource({
        // ICO: received 1 January -> 1 February (Thursday in 2024)
        "2024-01-01, england-and-wales, 2024-02-01",
        // ICO: received Monday 25 November 2024 -> Christmas Day and Boxing Day are bank holidays -> Friday 27 December
        "2024-11-25, england-and-wales, 2024-12-27",
        "2024-11-25, scotland, 2024-12-27",
        "2024-11-25, northern-ireland, 2024-12-27",
        // ICO: received 31 January -> last day of February (leap year and not)
        "2024-01-31, england-and-wales, 2024-02-29",
        "2025-01-31, england-and-wales, 2025-02-28",
        // a Saturday deadline moves to Monday; a request received on a Saturday counts from that day
        "2024-08-14, england-and-wales, 2024-09-16",
        "2024-09-14, england-and-wales, 2024-10-14",
        // Easter Monday is a bank holiday in England, not in Scotland
        "2024-03-01, england-and-wales, 2024-04-02",
        "2024-03-01, scotland, 2024-04-01",
        // St Patrick's Day (Monday 17 March 2025) only in Northern Ireland
        "2025-02-17, northern-ireland, 2025-03-18",
        "2025-02-17, england-and-wales, 2025-03-17",
        // first Monday of August is Scotland's summer holiday
        "2024-07-05, scotland, 2024-08-06",
        "2024-07-05, england-and-wales, 2024-08-05",
        // 31 March -> 30 April
        "2026-03-31, england-and-wales, 2026-04-30"
    })
    void dueOneCalendarMonthLaterOnAWorkingDay(String received, String nation, String due) {
        assertThat(clock.due(LocalDate.parse(received), Nation.of(nation))).isEqualTo(LocalDate.parse(due));
    }

    @Test
    void extensionCountsFurtherMonthsFromTheSameStart() {
        LocalDate start = LocalDate.of(2024, 11, 25);
        // 25 Jan 2025 is a Saturday -> Monday 27 January
        assertThat(clock.extendedDue(start, 1, Nation.ENGLAND_AND_WALES)).isEqualTo(LocalDate.of(2025, 1, 27));
        // 25 Feb 2025 is a Tuesday
        assertThat(clock.extendedDue(start, 2, Nation.ENGLAND_AND_WALES)).isEqualTo(LocalDate.of(2025, 2, 25));
        assertThatThrownBy(() -> clock.extendedDue(start, 3, Nation.ENGLAND_AND_WALES)).hasMessageContaining("Art 12(3)");
    }

    @Test
    void datesOutsideTheTableAreRefusedNotGuessed() {
        assertThatThrownBy(() -> clock.due(LocalDate.of(2028, 12, 15), Nation.SCOTLAND))
                .isInstanceOf(HustingsException.class).hasMessageContaining("bank holiday table");
    }

    @Test
    void tableHasEachNationsOwnHolidays() {
        BankHolidays h = BankHolidays.standard();
        assertThat(h.isHoliday(Nation.SCOTLAND, LocalDate.of(2024, 12, 2))).as("St Andrew's Day substitute").isTrue();
        assertThat(h.isHoliday(Nation.ENGLAND_AND_WALES, LocalDate.of(2024, 12, 2))).isFalse();
        assertThat(h.isHoliday(Nation.NORTHERN_IRELAND, LocalDate.of(2025, 7, 14))).as("Boyne substitute").isTrue();
        assertThat(h.isHoliday(Nation.ENGLAND_AND_WALES, LocalDate.of(2026, 12, 28))).as("Boxing Day substitute").isTrue();
        assertThat(h.isHoliday(Nation.SCOTLAND, LocalDate.of(2025, 1, 2))).isTrue();
        assertThat(h.isHoliday(Nation.ENGLAND_AND_WALES, LocalDate.of(2025, 1, 2))).isFalse();
    }
}
