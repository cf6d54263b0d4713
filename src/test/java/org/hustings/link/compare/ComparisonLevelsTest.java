package org.hustings.link.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each comparison as a table: two raw values in, the level out. */
class ComparisonLevelsTest {

    /** The level name two raw values reach (no partner names). */
    static String level(Comparison c, String a, String b) {
        return level(c, a, b, null, null);
    }

    static String level(Comparison c, String a, String b, String aPartner, String bPartner) {
        String na = c.normalise(a);
        String nb = c.normalise(b);
        if (na == null || nb == null) {
            return "missing";
        }
        List<String> vocab = new java.util.ArrayList<>(List.of(na));
        for (String v : new String[] {nb, aPartner == null ? null : c.normalise(aPartner), bPartner == null ? null : c.normalise(bPartner)}) {
            if (v != null && !vocab.contains(v)) {
                vocab.add(v);
            }
        }
        Comparison.Prepared p = c.prepare(vocab.toArray(String[]::new));
        int ap = aPartner == null ? -1 : vocab.indexOf(c.normalise(aPartner));
        int bp = bPartner == null ? -1 : vocab.indexOf(c.normalise(bPartner));
        return c.levels().get(p.level(vocab.indexOf(na), vocab.indexOf(nb), ap, bp));
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "William   | william  | exact",
        "O'Néill   | ONEILL   | exact",
        "Bill      | William  | nickname or alias",
        "Peggy     | Margaret | nickname or alias",
        "Bob       | Robert   | nickname or alias",
        "Jonathon  | Jonathan | Jaro-Winkler >= 0.92",
        "Catherine | Katherine| nickname or alias",
        "Stephen   | Stefan   | Jaro-Winkler >= 0.80",
        "J         | John     | initial",
        "Mary      | Susan    | different",
        "          | John     | missing",
    })
    void forenames(String a, String b, String expected) {
        assertThat(level(new NameComparison("given", "surname"), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {2} ~ {1} {3} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "Hall  | Isla | Isla | Hall  | swapped with the other name",
        "Isla  | Hall | Hall | Smith | different",
    })
    void swappedNames(String given1, String given2, String surname1, String surname2, String expected) {
        assertThat(level(new NameComparison("given", "surname"), given1, given2, surname1, surname2)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "1971-06-24 | 19710624   | exact",
        "24/06/1971 | 1971-06-24 | exact",
        "1971-06-04 | 1971-04-06 | day and month swapped",
        "1971-06-24 | 1971-06-25 | one typo",
        "1971-06-24 | 1917-06-24 | one typo",
        "1971-06-24 | 1970-12-30 | within a year",
        "1971-06-24 | 1981-02-13 | different",
        "           | 1981-02-13 | missing",
    })
    void datesOfBirth(String a, String b, String expected) {
        assertThat(level(new DateComparison("dob"), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "SW1A 1AA | sw1a1aa  | exact",
        "SW1A 1AA | SW1A 1BB | same sector",
        "SW1A 1AA | SW1A 2BB | same district",
        "SW1A 1AA | SW1A 1AB | same sector",
        "M1 1AE   | M11 1AE  | one typo",
        "SW1A 1AA | SW9 9ZZ  | same area",
        "SW1A 1AA | M1 1AE   | different",
        "4011     | 4012     | one typo",
        "4011     | 5211     | different",
    })
    void postcodes(String a, String b, String expected) {
        assertThat(level(new PostcodeComparison("postcode"), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "10          | 10       | exact",
        "Flat 2, 10  | 10       | shares a number",
        "2/10        | 10, Flat 2 | shares a number",
        "10          | 19       | one typo",
        "10          | 153      | different",
    })
    void houseNumbers(String a, String b, String expected) {
        assertThat(level(new HouseNumberComparison("house"), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Jo.Bloggs@Example.com | jo.bloggs@example.com | exact",
        "jo.bloggs@example.com | jo.bloggs@gmail.com   | same user name",
        "jo.bloggs@example.com | jo.blogs@example.com  | Jaro-Winkler >= 0.88",
        "jo.bloggs@example.com | sam@other.org         | different",
    })
    void emails(String a, String b, String expected) {
        assertThat(level(new EmailComparison("email"), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "+44 7700 900123 | 07700 900123 | exact",
        "0044 7700900123 | 07700900123  | exact",
        "07700 900123    | 07700 900124 | one typo",
        "07700 900123    | 01632 900123 | same last six digits",
        "07700 900123    | 01632 960001 | different",
    })
    void phones(String a, String b, String expected) {
        assertThat(level(new PhoneComparison("phone"), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "John Smith  | john smith | exact",
        "Smith, John | John Smith | same words in another order",
        "John Smith  | Jon Smith  | Jaro-Winkler >= 0.92",
        "John Smith  | Mary Jones | different",
    })
    void fullNames(String a, String b, String expected) {
        assertThat(level(new FullNameComparison("name"), a, b)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Kellerberrin   | kellerberrin | exact",
        "Kellerberrin   | Kelerberrin  | one typo",
        "Kellerberrin   | Kellerbery   | Jaro-Winkler >= 0.88",
        "Kellerberrin   | Bittern      | different",
    })
    void towns(String a, String b, String expected) {
        assertThat(level(new TextComparison("town", true, 1, List.of(0.88)), a, b)).isEqualTo(expected);
    }
}
