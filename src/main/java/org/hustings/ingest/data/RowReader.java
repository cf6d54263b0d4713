package org.hustings.ingest.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.hustings.consent.ConsentStatus;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ProblemSink;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.register.Postcodes;
import org.hustings.register.ElectorNumber;
import org.hustings.register.MatchKey;
import org.hustings.register.RegisterEntry;

/**
 * Turns the rows of a {@link Table} into {@link DataRow}s as a mapping says. Never throws for bad
 * data: every bad cell is a {@link Problem} naming the file, line and column, and a row with any
 * rejected cell is quarantined whole. A header missing a mapped column is one problem on the
 * header's line, and nothing is read.
 */
final class RowReader {
    static final int MAX_VALUE = 4000;
    private final DataMapping mapping;
    private final String file;
    private final boolean strictWidth;

    RowReader(DataMapping mapping, String file, boolean strictWidth) {
        this.mapping = mapping;
        this.file = file;
        this.strictWidth = strictWidth;
    }

    ReadSummary read(Table table, Consumer<DataRow> out, ProblemSink problems) {
        List<String> header = table.header();
        if (header == null) {
            problems.report(Problem.rejected(file, 1, null, "no-header", "The file is empty: it has no header line.", null));
            return new ReadSummary(mapping.name(), 0, 0, 0);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            index.put(key(header.get(i)), i);
        }
        List<String> missing = columns().stream().filter(c -> !index.containsKey(key(c))).distinct().toList();
        Map<String, Integer> byColumn = new HashMap<>();
        columns().forEach(c -> byColumn.put(c, index.get(key(c))));
        if (!missing.isEmpty()) {
            problems.report(Problem.rejected(file, table.headerLine(), null, "missing-column", "The header lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + missing + " that mapping '" + mapping.name() + "' needs; is this the right mapping?",
                    String.join(",", header)));
            return new ReadSummary(mapping.name(), 0, 0, 0);
        }
        long rows = 0;
        long accepted = 0;
        long rejected = 0;
        while (true) {
            Table.TableRow r;
            try {
                r = table.next();
            } catch (Table.Unreadable e) {
                rows++;
                rejected++;
                problems.report(Problem.rejected(file, e.line(), null, "unreadable-line", "Reading stopped here: " + e.getMessage() + ".", null));
                break;
            }
            if (r == null) {
                break;
            }
            rows++;
            Cursor c = new Cursor(r, byColumn, header.size(), problems);
            DataRow row = c.row();
            if (row == null) {
                rejected++;
            } else {
                accepted++;
                out.accept(row);
            }
        }
        return new ReadSummary(mapping.name(), rows, accepted, rejected);
    }

    private List<String> columns() {
        List<String> cols = new ArrayList<>(mapping.identity().columns());
        if (mapping.area() != null) {
            cols.add(mapping.area().column());
        }
        mapping.fields().forEach(f -> cols.add(f.column()));
        for (ConsentColumn c : mapping.consents()) {
            cols.add(c.column());
            if (c.givenAtColumn() != null) {
                cols.add(c.givenAtColumn());
            }
            if (c.wordingVersionColumn() != null) {
                cols.add(c.wordingVersionColumn());
            }
        }
        return cols;
    }

    private static String key(String column) {
        return Cells.clean(column).toLowerCase(Locale.ROOT);
    }

    /** One row being read: its cells by column, and whether anything in it was rejected. */
    private final class Cursor {
        private final Table.TableRow row;
        private final Map<String, Integer> index;
        private final ProblemSink problems;
        private boolean rejected;

        Cursor(Table.TableRow row, Map<String, Integer> index, int width, ProblemSink problems) {
            this.row = row;
            this.index = index;
            this.problems = problems;
            int n = row.cells().size();
            if (strictWidth && n < width) {
                reject(null, "wrong-field-count", "Expected " + width + " fields as in the header, found " + n + ".", null);
            } else if (strictWidth && n > width && row.cells().subList(width, n).stream().anyMatch(s -> !s.isBlank())) {
                reject(null, "wrong-field-count", "Expected " + width + " fields as in the header, found " + n + ".", row.cells().get(width));
            }
        }

        DataRow row() {
            if (rejected) {
                return null;
            }
            DataRow.Identity identity = mapping.level() == DataMapping.Level.PERSON ? identity() : null;
            String area = mapping.area() == null ? null : area();
            Map<String, String> values = new LinkedHashMap<>();
            for (FieldColumn f : mapping.fields()) {
                String v = value(f);
                if (v != null) {
                    values.put(f.field(), v);
                }
            }
            List<DataRow.RowConsent> consents = new ArrayList<>();
            for (ConsentColumn c : mapping.consents()) {
                DataRow.RowConsent rc = consent(c);
                if (rc != null) {
                    consents.add(rc);
                }
            }
            return rejected ? null : new DataRow(row.line(), identity, area, values, consents);
        }

        private String cell(String column) {
            if (column == null) {
                return "";
            }
            int i = index.get(column);
            return i < row.cells().size() ? Cells.clean(row.cells().get(i)) : "";
        }

        private void reject(String column, String code, String message, String value) {
            rejected = true;
            problems.report(Problem.rejected(file, row.line(), column, code, message, value));
        }

        private DataRow.Identity identity() {
            IdentityColumns m = mapping.identity();
            String number = null;
            String eno = cell(m.electorNumber());
            if (!eno.isEmpty()) {
                var parsed = m.pollingDistrict() == null ? ElectorNumber.parseCombined(eno)
                        : ElectorNumber.parseParts(cell(m.pollingDistrict()), eno);
                if (parsed.isEmpty()) {
                    reject(m.electorNumber(), "bad-elector-number", "Not an elector number; expected polling district, number and any suffix, "
                            + (m.pollingDistrict() == null ? "e.g. BW1-4/1." : "e.g. 4/1 with the district in " + m.pollingDistrict() + "."), eno);
                } else {
                    number = parsed.get().canonical();
                }
            }
            String forenames = m.fullName() == null ? blankToNull(cell(m.forenames())) : null;
            String surname = m.fullName() == null ? blankToNull(cell(m.surname())) : null;
            String full = cell(m.fullName());
            if (!full.isEmpty()) {
                int space = full.lastIndexOf(' ');
                surname = space < 0 ? full : full.substring(space + 1);
                forenames = space < 0 ? null : full.substring(0, space);
            }
            List<String> address = m.address().stream().map(this::cell).filter(s -> !s.isEmpty()).toList();
            String postcode = null;
            String pc = cell(m.postcode());
            if (!pc.isEmpty()) {
                postcode = Postcodes.normalise(pc);
                if (postcode == null) {
                    reject(m.postcode(), "bad-postcode", "Not a UK postcode (e.g. BN43 5AA).", pc);
                }
            }
            LocalDate birth = null;
            String dob = cell(m.birthDate());
            if (!dob.isEmpty() && (birth = Cells.date(dob)) == null) {
                reject(m.birthDate(), "bad-date", "Not a date; expected e.g. 1990-02-28 or 28/02/1990.", dob);
            }
            String email = null;
            String em = cell(m.email());
            if (!em.isEmpty() && (email = Cells.email(em)) == null) {
                reject(m.email(), "bad-email", "Not an email address.", em);
            }
            String phone = null;
            String ph = cell(m.phone());
            if (!ph.isEmpty() && (phone = Cells.phone(ph)) == null) {
                reject(m.phone(), "bad-phone", "Not a UK telephone number (0 and 9 or 10 more digits, or +44).", ph);
            }
            if (number == null && surname == null && email == null && phone == null && !rejected) {
                reject(null, "no-identity", "The row names nobody: it has no elector number, name, email or phone, so it cannot be attached to a person.", null);
            }
            String key = null;
            if (forenames != null && surname != null && !address.isEmpty() && postcode != null) {
                key = MatchKey.of(new RegisterEntry(row.line(), null, null, null, null, null, null, forenames, null, surname, null,
                        address.size() > RegisterEntry.MAX_ADDRESS_LINES ? address.subList(0, RegisterEntry.MAX_ADDRESS_LINES) : address,
                        postcode, false, null));
            }
            return new DataRow.Identity(number, forenames, surname, address, postcode, birth, email, phone, key);
        }

        private String area() {
            AreaColumn a = mapping.area();
            String text = cell(a.column());
            if (text.isEmpty()) {
                reject(a.column(), "missing-area", "The row does not say which area it is about.", null);
                return null;
            }
            String code = a.kind().normalise(text);
            if (code == null) {
                reject(a.column(), "bad-area-code", "Not a " + a.kind().code().replace('_', ' ') + " code.", text);
            }
            return code;
        }

        private String value(FieldColumn f) {
            String text = cell(f.column());
            if (text.isEmpty()) {
                return null;
            }
            if (text.length() > MAX_VALUE) {
                reject(f.column(), "value-too-long", "Longer than " + MAX_VALUE + " characters.", text);
                return null;
            }
            String v = switch (f.type()) {
                case TEXT -> text;
                case INTEGER -> Cells.integer(text);
                case NUMBER -> Cells.number(text);
                case DATE -> {
                    LocalDate d = Cells.date(text);
                    yield d == null ? null : d.toString();
                }
                case BOOLEAN -> {
                    Boolean b = Cells.yesNo(text);
                    yield b == null ? null : b.toString();
                }
            };
            if (v == null) {
                reject(f.column(), "bad-" + f.type().name().toLowerCase(Locale.ROOT), "Not " + (f.type() == FieldColumn.FieldType.INTEGER
                        ? "an integer" : "a " + f.type().name().toLowerCase(Locale.ROOT)) + ".", text);
                return null;
            }
            if ("contact.email".equals(f.category()) || "contact.phone".equals(f.category())) {
                boolean email = "contact.email".equals(f.category());
                String contact = email ? Cells.email(v) : Cells.phone(v);
                if (contact == null) {
                    reject(f.column(), email ? "bad-email" : "bad-phone", email ? "Not an email address."
                            : "Not a UK telephone number (0 and 9 or 10 more digits, or +44).", text);
                }
                return contact;
            }
            if (!f.values().isEmpty()) {
                String listed = f.values().stream().filter(x -> x.equalsIgnoreCase(v)).findFirst().orElse(null);
                if (listed == null) {
                    reject(f.column(), "unknown-value", "Not one of the values the mapping allows: " + f.values() + ".", text);
                }
                return listed;
            }
            return v;
        }

        private DataRow.RowConsent consent(ConsentColumn c) {
            String text = cell(c.column());
            if (text.isEmpty()) {
                return null;
            }
            Boolean yes = Cells.yesNo(text);
            if (yes == null) {
                reject(c.column(), "bad-consent", "Not a yes or no (a blank records nothing).", text);
                return null;
            }
            Instant given = null;
            String at = cell(c.givenAtColumn());
            if (!at.isEmpty() && (given = Cells.instant(at)) == null) {
                reject(c.givenAtColumn(), "bad-date", "Not a date or time; expected e.g. 2026-03-01 or 2026-03-01T18:30:00Z.", at);
            }
            Integer version = c.wordingVersion();
            String wv = cell(c.wordingVersionColumn());
            if (!wv.isEmpty()) {
                String n = Cells.integer(wv);
                if (n == null || n.length() > 9 || Long.parseLong(n) < 1) {
                    reject(c.wordingVersionColumn(), "bad-wording-version", "Not a wording version number (1, 2, …).", wv);
                } else {
                    version = Integer.valueOf(n);
                }
            }
            return new DataRow.RowConsent(c.purpose(), c.channel(), yes ? ConsentStatus.GRANTED : ConsentStatus.WITHDRAWN, given,
                    c.method(), version);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
