package org.hustings.ingest.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** The column that names the area each row of area statistics is about, and what kind of area it is. */
public record AreaColumn(String column, Kind kind) {

    /** Kinds of area, each with the shape its code must have (ONS GSS codes for the statistical geographies). */
    public enum Kind {
        POSTCODE(null),
        POSTCODE_SECTOR(Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]")),
        OUTPUT_AREA(Pattern.compile("[ENSW]00[0-9]{6}")),
        LSOA(Pattern.compile("[ENSW]01[0-9]{6}")),
        WARD(Pattern.compile("[ENSW]05[0-9]{6}"));

        private final Pattern shape;

        Kind(Pattern shape) {
            this.shape = shape;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The area code in its normal form, or null when the text is not a code of this kind. */
        String normalise(String text) {
            if (this == POSTCODE) {
                return org.hustings.ingest.register.Postcodes.normalise(text);
            }
            String s = text.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            return shape.matcher(s).matches() ? s : null;
        }

        static Kind of(String code) {
            return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst().orElse(null);
        }

        static String known() {
            return Arrays.stream(values()).map(Kind::code).toList().toString();
        }
    }
}
