package org.hustings.link;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.compare.Comparison;
import org.hustings.link.compare.DateComparison;
import org.hustings.link.compare.EmailComparison;
import org.hustings.link.compare.FullNameComparison;
import org.hustings.link.compare.HouseNumberComparison;
import org.hustings.link.compare.NameComparison;
import org.hustings.link.compare.PhoneComparison;
import org.hustings.link.compare.PostcodeComparison;
import org.hustings.link.compare.TextComparison;

/** What a column holds, which decides how it is compared. The one registry of comparisons. */
public enum FieldKind {
    GIVEN_NAME, SURNAME, FULL_NAME, DOB, POSTCODE, TOWN, ADDRESS, HOUSE_NUMBER, EMAIL, PHONE, OTHER;

    /** The name used on the command line and in saved models: {@code given_name}, {@code dob}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a kind by its key; an unknown key fails listing the valid ones. */
    public static FieldKind parse(String key) {
        for (FieldKind k : values()) {
            if (k.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return k;
            }
        }
        throw new HustingsException(ErrorCode.BAD_REQUEST, "Unknown field kind '" + key + "'. Valid kinds: "
                + Arrays.stream(values()).map(FieldKind::key).collect(Collectors.joining(", ")) + ".");
    }

    /** The comparison for a field of this kind; {@code partner} is the other name field, or null. */
    public Comparison comparison(String field, String partner) {
        return switch (this) {
            case GIVEN_NAME, SURNAME -> new NameComparison(field, partner);
            case FULL_NAME -> new FullNameComparison(field);
            case DOB -> new DateComparison(field);
            case POSTCODE -> new PostcodeComparison(field);
            case TOWN -> new TextComparison(field, true, 1, List.of(0.88));
            case ADDRESS -> new TextComparison(field, false, 2, List.of(0.90, 0.80));
            case HOUSE_NUMBER -> new HouseNumberComparison(field);
            case EMAIL -> new EmailComparison(field);
            case PHONE -> new PhoneComparison(field);
            case OTHER -> new TextComparison(field, true, 2, List.of());
        };
    }
}
