package org.hustings.rights;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The deadline for answering a request, as UK GDPR Art 12(3) sets it and the regulator (ICO)
 * counts it: one calendar month from the day the clock starts (the day the request is received,
 * or the day the identity evidence asked for arrives), on the same day number in the next month;
 * where the next month has no such day, its last day; and where that day is a weekend or a bank
 * holiday, the next working day. An extension (Art 12(3)) adds up to two further months, counted
 * the same way from the same start.
 *
 * <p>Worked examples (the regulator's): received 1 January → due 1 February; received Monday 25
 * November 2024 → 25 December is Christmas Day and 26 December Boxing Day, so due Friday 27
 * December; received 31 January → due 28 February (29 February in a leap year).
 */
public final class StatutoryClock {
    /** At most two further months (Art 12(3)). */
    public static final int MAX_EXTENSION_MONTHS = 2;

    private final BankHolidays holidays;

    public StatutoryClock(BankHolidays holidays) {
        this.holidays = holidays;
    }

    public static StatutoryClock standard() {
        return new StatutoryClock(BankHolidays.standard());
    }

    /** The deadline one calendar month after {@code start} (Art 12(3)). */
    public LocalDate due(LocalDate start, Nation nation) {
        return after(start, 1, nation);
    }

    /** The deadline after an extension of {@code months} (1 or 2) further months (Art 12(3)). */
    public LocalDate extendedDue(LocalDate start, int months, Nation nation) {
        if (months < 1 || months > MAX_EXTENSION_MONTHS) {
            throw new IllegalArgumentException("An extension is one or two further months (UK GDPR Art 12(3)), not " + months);
        }
        return after(start, 1 + months, nation);
    }

    /** {@code months} calendar months after {@code start}, then moved to the next working day. */
    LocalDate after(LocalDate start, int months, Nation nation) {
        // plusMonths keeps the day number and falls back to the month's last day (31 Jan + 1 month = 28/29 Feb).
        return nextWorkingDay(start.plusMonths(months), nation);
    }

    public LocalDate nextWorkingDay(LocalDate d, Nation nation) {
        LocalDate day = d;
        while (!isWorkingDay(day, nation)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate d, Nation nation) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.isHoliday(nation, d);
    }
}
