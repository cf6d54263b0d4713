package org.hustings.ingest.register;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.hustings.register.ElectorNumber;
import org.hustings.register.Markers;
import org.hustings.register.RegisterEntry;

/**
 * Realistic, constrained random register entries for the round-trip properties: British and Irish
 * names with apostrophes, accents and hyphens (all encodable in windows-1252), 0–9 address lines,
 * valid postcodes, known and unknown markers, attainer and birth dates, a few anonymous electors.
 */
final class RegisterEntries {
    static final List<String> FORENAMES = List.of("Zoë", "Siân", "José", "Anne-Marie", "Seán", "Chloé", "Tom",
            "Mary Jane", "Olumide", "Priya", "Ffion", "D'Arcy", "Renée", "Björn", "Aoife");
    static final List<String> SURNAMES = List.of("O'Néill", "Smith", "Smith-Jones", "Müller", "D'Souza", "Ó Briain",
            "Van Dyke", "McDonald", "Ng", "Ahmed", "Lloyd-Webber", "Öztürk", "Fitzgerald", "Zoë", "de la Mare");
    static final List<String> STREETS = List.of("High Street", "Church Lane", "Station Road", "Rose Court",
            "Ashby-de-la-Zouch", "St. Mary's Close", "Chapel-en-le-Frith", "The Crescent", "Lôn Glan");
    static final List<String> POSTCODES = List.of("LE65 1AB", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH",
            "DN55 1PT", "EC1A 1BB", "W1A 0AX", "GIR 0AA", "CF10 3NQ");
    static final List<String> PREFIXES = List.of("BW1", "AA", "KD-2/2", "X12", "LE3A");

    private RegisterEntries() {
    }

    static Arbitrary<ElectorNumber> numbers() {
        return Combinators.combine(Arbitraries.of(PREFIXES), Arbitraries.integers().between(1, 99_999),
                Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 3))).as(ElectorNumber::new);
    }

    private static <T> Arbitrary<T> sometimes(Arbitrary<T> a) {
        return a.injectNull(0.3);
    }

    private static Arbitrary<String> addressLine() {
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 250), Arbitraries.of(STREETS))
                        .as((n, s) -> n + " " + s),
                Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.of(STREETS))
                        .as((n, s) -> "Flat " + n + ", " + s),
                Arbitraries.of(STREETS));
    }

    private static Arbitrary<LocalDate> dates(int fromYear, int toYear) {
        return Arbitraries.integers().between(0, (toYear - fromYear) * 365)
                .map(d -> LocalDate.of(fromYear, 1, 1).plusDays(d));
    }

    /** Entries whose address fits {@code maxLines}; about one in twenty is anonymous. */
    static Arbitrary<RegisterEntry> entries(int maxLines) {
        Arbitrary<String[]> names = Combinators.combine(sometimes(Arbitraries.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx")),
                sometimes(Arbitraries.of(FORENAMES)), sometimes(Arbitraries.of("A", "J R", "M")),
                Arbitraries.of(SURNAMES), sometimes(Arbitraries.of("Jr", "Snr")))
                .as((t, f, i, s, x) -> new String[] {t, f, i, s, x});
        Arbitrary<RegisterEntry> named = Combinators.combine(names, numbers(),
                Arbitraries.strings().withChars("FGMLBKEZXQ").ofMaxLength(3).map(Markers::parse),
                sometimes(dates(1920, 2008)), sometimes(dates(2026, 2028)), addressLine().list().ofMaxSize(maxLines),
                sometimes(Arbitraries.of(POSTCODES)), Arbitraries.of(true, false))
                .as((nm, n, m, born, attains, lines, post, opt) -> new RegisterEntry(0, n.prefix(), n, m, born, attains,
                        nm[0], nm[1], nm[2], nm[3], nm[4], lines, post, opt, null));
        Arbitrary<RegisterEntry> withUprn = Combinators.combine(named,
                sometimes(Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12)))
                .as((e, uprn) -> new RegisterEntry(0, e.district(), e.number(), e.markers(), e.birthDate(),
                        e.attainerDate(), e.title(), e.forenames(), e.initials(), e.surname(), e.nameSuffix(),
                        e.address(), e.postcode(), e.optedOut(), uprn));
        Arbitrary<RegisterEntry> anonymous = numbers().map(n -> new RegisterEntry(0, n.prefix(), n, Markers.parse("N"),
                null, null, null, null, null, null, null, List.of(), null, false, null));
        return Arbitraries.frequencyOf(Tuple.of(19, withUprn), Tuple.of(1, anonymous));
    }

    /** Distinct elector numbers, as a register file has. */
    static Arbitrary<List<RegisterEntry>> registers(int maxLines) {
        return entries(maxLines).list().ofMaxSize(30).uniqueElements(RegisterEntry::number);
    }
}
