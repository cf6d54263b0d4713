package org.hustings.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hustings.staff.Role;

/** Words and times as people read them: roles in plain English, times in UK local time. */
final class Labels {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private Labels() {
    }

    static String role(Role role) {
        return switch (role) {
            case DPO -> "Data protection officer";
            case DATA_MANAGER -> "Data manager";
            case ORGANISER -> "Organiser";
            case CANVASSER -> "Canvasser";
            case AUDITOR -> "Auditor";
        };
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
