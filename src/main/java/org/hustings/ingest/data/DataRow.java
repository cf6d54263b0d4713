package org.hustings.ingest.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hustings.consent.ConsentMethod;
import org.hustings.consent.ConsentStatus;
import org.hustings.purpose.Channel;

/**
 * One good row of a data file: who (or which area) it is about, its values by field name (blank
 * cells omitted) and the consents it records.
 */
record DataRow(long line, Identity identity, String areaCode, Map<String, String> values, List<RowConsent> consents) {

    /**
     * The identity keys of a person row, normalised; {@code matchKey} is the register's
     * {@link org.hustings.register.MatchKey} when name, address and postcode are all present.
     */
    record Identity(String electorNumber, String forenames, String surname, List<String> address, String postcode,
                    LocalDate birthDate, String email, String phone, String matchKey) { }

    record RowConsent(String purpose, Channel channel, ConsentStatus status, Instant givenAt, ConsentMethod method,
                      Integer wordingVersion) { }
}
