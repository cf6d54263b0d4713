package org.hustings.link.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hustings.link.Field;
import org.hustings.link.Row;
import org.hustings.store.Store;

/**
 * The spine as the linker sees it: every current, non-anonymous register entry, as a row of
 * {@link Field#REGISTER} values — forenames, surname, date of birth, house (the first address
 * line), street (the first one or two lines), town (the last line) and postcode — with its
 * elector and person ids alongside. Anonymous electors are never linked: an anonymous entry
 * carries no name or address (Representation of the People Act 1983 s.9B, anonymous
 * registration), and nothing may be matched to the person behind it.
 *
 * @param rows       one row per entry; the row id is the elector id
 * @param personIds  the person id of each row
 */
public record Spine(List<Row> rows, long[] personIds) {

    static Spine load(Store store) {
        return store.read(c -> {
            List<Row> rows = new ArrayList<>();
            List<Long> persons = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.person_id, e.forenames, e.surname, e.birth_date, "
                    + "e.address1, e.address2, e.address3, e.address4, e.address5, e.address6, e.postcode "
                    + "FROM elector e JOIN register_edition r ON r.id = e.edition_id "
                    + "WHERE r.status = ? AND e.deleted_dataset_id IS NULL AND e.anonymous = ? ORDER BY e.id")) {
                ps.setString(1, "current");
                ps.setBoolean(2, false);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        List<String> lines = new ArrayList<>();
                        for (int i = 6; i <= 11; i++) {
                            String line = r.getString(i);
                            if (line != null && !line.isBlank()) {
                                lines.add(line);
                            }
                        }
                        LocalDate born = r.getObject(5, LocalDate.class);
                        String house = lines.isEmpty() ? null : lines.get(0);
                        String street = lines.isEmpty() ? null : lines.size() >= 3 ? lines.get(0) + " " + lines.get(1) : lines.get(0);
                        String town = lines.size() >= 2 ? lines.get(lines.size() - 1) : null;
                        rows.add(new Row(String.valueOf(r.getLong(1)), new String[] {r.getString(3), r.getString(4),
                            born == null ? null : born.toString(), house, street, town, r.getString(12)}));
                        persons.add(r.getLong(2));
                    }
                }
            }
            return new Spine(List.copyOf(rows), persons.stream().mapToLong(Long::longValue).toArray());
        });
    }

    long electorId(int row) {
        return Long.parseLong(rows.get(row).id());
    }
}
