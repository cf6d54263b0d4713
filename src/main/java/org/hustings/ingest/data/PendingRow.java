package org.hustings.ingest.data;

import java.time.LocalDate;

/** One row waiting for the probabilistic linker: the identity keys it needs, and why no exact key attached it. */
public record PendingRow(long datasetId, long line, String reason, String laCode, String electorNumber, String forenames,
                         String surname, String address, String postcode, LocalDate birthDate, String email, String phone) {
}
