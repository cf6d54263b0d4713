package org.hustings.ingest;

import java.util.ArrayList;
import java.util.List;
import org.hustings.register.MatchKey;
import org.hustings.register.RegisterEntry;

/** The columns a register entry fills in {@code elector} and {@code notice_row}, in one order. */
final class EntryColumns {
    private EntryColumns() {
    }

    /** The entry's own columns, after any leading key columns the caller adds. */
    static final List<String> NAMES = List.of(
            "polling_district", "elector_number", "eno_prefix", "eno_number", "eno_suffix", "markers", "anonymous",
            "opted_out", "other_elector", "attainer_date", "birth_date", "title", "forenames", "initials", "surname",
            "name_suffix", "address1", "address2", "address3", "address4", "address5", "address6", "address7",
            "address8", "address9", "postcode", "uprn", "match_key");

    static List<String> with(String... leading) {
        List<String> all = new ArrayList<>(List.of(leading));
        all.addAll(NAMES);
        return all;
    }

    /** Fills {@code row} from position {@code at} with the entry's values; returns the next position. */
    static int fill(Object[] row, int at, RegisterEntry e) {
        boolean anonymous = e.anonymous();
        row[at++] = e.district();
        row[at++] = e.number().canonical();
        row[at++] = e.number().prefix();
        row[at++] = e.number().number();
        row[at++] = e.number().suffix();
        row[at++] = e.markers().isEmpty() ? null : e.markers().letters();
        row[at++] = anonymous;
        row[at++] = e.optedOut();
        row[at++] = e.otherElector();
        row[at++] = e.attainerDate();
        row[at++] = anonymous ? null : e.birthDate();
        row[at++] = anonymous ? null : e.title();
        row[at++] = anonymous ? null : e.forenames();
        row[at++] = anonymous ? null : e.initials();
        row[at++] = anonymous ? null : e.surname();
        row[at++] = anonymous ? null : e.nameSuffix();
        List<String> address = anonymous ? List.of() : e.address();
        for (int i = 0; i < RegisterEntry.MAX_ADDRESS_LINES; i++) {
            row[at++] = i < address.size() ? address.get(i) : null;
        }
        row[at++] = anonymous ? null : e.postcode();
        row[at++] = e.uprn();
        row[at++] = MatchKey.of(e);
        return at;
    }
}
