package org.hustings.ingest.register;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * A generic register CSV described by a {@code .properties} mapping file ({@code <field>=<column
 * header>}, see docs/register-layouts.md). Every fault in the mapping file is reported together.
 */
final class GenericMapping {
    private static final Set<String> FIELDS = Set.of("district", "elector_number", "prefix", "number", "suffix",
            "markers", "birth_date", "attainer_date", "title", "forenames", "initials", "surname", "name",
            "name_suffix", "postcode", "opted_out", "uprn", "date_format", "delimiter", "address1", "address2",
            "address3", "address4", "address5", "address6", "address7", "address8", "address9");

    private GenericMapping() {
    }

    static TableReader<org.hustings.register.RegisterEntry> reader(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read the mapping file " + file + ": "
                    + e.getMessage(), e);
        }
        List<String> errors = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!FIELDS.contains(key)) {
                errors.add("unknown field '" + key + "' (known: " + String.join(", ", new TreeSet<>(FIELDS)) + ")");
            }
        }
        String combined = get(p, "elector_number");
        String number = get(p, "number");
        String prefix = get(p, "prefix") != null ? get(p, "prefix") : get(p, "district");
        if (combined == null && (number == null || prefix == null)) {
            errors.add("give elector_number (the combined form such as BW1-4/1), or number with prefix or district");
        }
        DateTimeFormatter format = null;
        if (get(p, "date_format") != null) {
            try {
                format = DateTimeFormatter.ofPattern(get(p, "date_format").replace("yyyy", "uuuu"), Locale.ENGLISH)
                        .withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                errors.add("date_format '" + get(p, "date_format") + "' is not a date pattern: " + e.getMessage());
            }
        }
        Character delimiter = null;
        String d = p.getProperty("delimiter");
        if (d != null) {
            String t = d.equalsIgnoreCase("tab") ? "\t" : d;
            if (t.length() != 1 || t.charAt(0) == '"' || t.charAt(0) == '\r' || t.charAt(0) == '\n') {
                errors.add("delimiter must be one character (or 'tab'), not '" + d + "'");
            } else {
                delimiter = t.charAt(0);
            }
        }
        if (!errors.isEmpty()) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "The mapping file " + file + " cannot be used: "
                    + String.join("; ", errors) + ".");
        }
        List<String> address = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            if (get(p, "address" + i) != null) {
                address.add(get(p, "address" + i));
            }
        }
        String markers = get(p, "markers");
        EntryMapping m = new EntryMapping(get(p, "district"), combined == null ? prefix : null, combined == null
                ? number : null, combined == null ? get(p, "suffix") : null, combined, markers == null ? List.of()
                : List.of(markers), get(p, "birth_date"), get(p, "attainer_date"), get(p, "title"), get(p, "forenames"),
                get(p, "initials"), get(p, "surname"), get(p, "name"), get(p, "name_suffix"), address,
                get(p, "postcode"), get(p, "opted_out"), get(p, "uprn"), false, null, null, null, format);
        List<String> columns = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            if (!key.equals("date_format") && !key.equals("delimiter") && get(p, key) != null) {
                columns.add(get(p, key));
            }
        }
        return new TableReader<>("register", List.of(new TableLayout<>(Signatures.GENERIC, columns,
                (h, pre) -> new EntryParser(m, h, new ElectorNumberSet())::parse)), delimiter);
    }

    private static String get(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
