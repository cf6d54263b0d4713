package org.hustings.rights;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * UK bank holidays per nation, kept as data in {@code rights/bank-holidays.v1.json} (from GOV.UK),
 * loaded once and checked whole. A date outside the years the file covers is refused rather than
 * guessed: a deadline must not silently ignore a holiday nobody entered.
 */
public final class BankHolidays {
    static final String RESOURCE = "rights/bank-holidays.v1.json";

    record Holiday(String date, String name) { }

    record File(int version, String source, String from, String to, Map<String, List<Holiday>> nations) { }

    private final LocalDate from;
    private final LocalDate to;
    private final Map<Nation, Set<LocalDate>> days;

    BankHolidays(LocalDate from, LocalDate to, Map<Nation, Set<LocalDate>> days) {
        this.from = from;
        this.to = to;
        this.days = days;
    }

    private static final class Standard {
        static final BankHolidays INSTANCE = load();
    }

    /** The table shipped with Hustings. */
    public static BankHolidays standard() {
        return Standard.INSTANCE;
    }

    public boolean isHoliday(Nation nation, LocalDate date) {
        covered(date);
        return days.get(nation).contains(date);
    }

    /** The first and last day the table covers. */
    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    void covered(LocalDate date) {
        if (date.isBefore(from) || date.isAfter(to)) {
            throw new HustingsException(ErrorCode.CONFLICT, "The bank holiday table (" + RESOURCE + ") covers " + from + " to " + to
                    + " only, so the deadline for " + date + " cannot be worked out. Add that year's bank holidays from GOV.UK.");
        }
    }

    static BankHolidays load() {
        File file;
        try (InputStream in = BankHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new HustingsException(ErrorCode.INTERNAL, "The bank holiday table " + RESOURCE + " is missing from the build.");
            }
            file = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in, File.class);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.INTERNAL, RESOURCE + " could not be read: " + e.getMessage(), e);
        }
        List<String> errors = new ArrayList<>();
        LocalDate from = LocalDate.parse(file.from());
        LocalDate to = LocalDate.parse(file.to());
        Map<Nation, Set<LocalDate>> days = new EnumMap<>(Nation.class);
        for (Nation n : Nation.values()) {
            List<Holiday> list = file.nations().get(n.code());
            if (list == null) {
                errors.add("no holidays for " + n.code());
                continue;
            }
            Set<LocalDate> set = new TreeSet<>();
            for (Holiday h : list) {
                LocalDate d = LocalDate.parse(h.date());
                if (d.isBefore(from) || d.isAfter(to)) {
                    errors.add(n.code() + " " + h.date() + " lies outside " + from + " to " + to);
                }
                if (d.getDayOfWeek().getValue() >= 6) {
                    errors.add(n.code() + " " + h.date() + " (" + h.name() + ") falls on a weekend; list the substitute weekday instead");
                }
                if (!set.add(d)) {
                    errors.add(n.code() + " " + h.date() + " is listed twice");
                }
            }
            days.put(n, Set.copyOf(set));
        }
        if (!errors.isEmpty()) {
            throw new HustingsException(ErrorCode.INTERNAL, RESOURCE + " has " + errors.size() + " error(s):\n  " + String.join("\n  ", errors));
        }
        return new BankHolidays(from, to, days);
    }
}
