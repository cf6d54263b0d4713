package org.hustings.link.store;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hustings.link.Row;
import org.hustings.store.Store;

/** Puts synthetic people on the spine of a test store, as a loaded register would. */
public final class SpineSeed {
    private SpineSeed() {
    }

    /** One current register edition holding the people (person id 1000 + row), plus one anonymous elector. */
    public static void insert(Store store, List<Row> people) {
        store.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO register_edition (id, la_code, published_on, dataset_id, status) VALUES (1, 'E0001', DATE '2026-12-01', 1, 'current')");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO elector (id, edition_id, person_id, polling_district, elector_number, "
                    + "eno_prefix, eno_number, eno_suffix, anonymous, opted_out, other_elector, birth_date, forenames, surname, address1, address2, "
                    + "postcode, line_no, dataset_id) VALUES (?, 1, ?, 'AA', ?, 'AA', ?, 0, ?, false, false, ?, ?, ?, ?, ?, ?, ?, 1)")) {
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    String[] v = people.get(i).values();
                    rows.add(new Object[] {i + 1L, 1000L + i, false, LocalDate.parse(v[2]), v[0], v[1], v[3] + " " + v[4], v[5], v[6]});
                }
                rows.add(new Object[] {people.size() + 1L, 9999L, true, null, null, null, null, null, null});
                for (Object[] r : rows) {
                    long id = (Long) r[0];
                    ps.setLong(1, id);
                    ps.setLong(2, (Long) r[1]);
                    ps.setString(3, "AA-" + id);
                    ps.setInt(4, (int) id);
                    ps.setBoolean(5, (Boolean) r[2]);
                    ps.setObject(6, r[3]);
                    for (int k = 4; k <= 8; k++) {
                        ps.setString(k + 3, (String) r[k]);
                    }
                    ps.setLong(12, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

}
