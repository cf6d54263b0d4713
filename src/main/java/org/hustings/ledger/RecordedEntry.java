package org.hustings.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * An entry as the ledger holds it: its place in the chain ({@code seq}, from 1), when it was
 * recorded (UTC, to the microsecond), what the caller gave, how many people it reached and the
 * digest of their ids, the hash of the entry before it and its own hash. {@code detailsJson} is
 * the canonical JSON exactly as hashed.
 */
public record RecordedEntry(long seq, Instant recordedAt, String actor, String action, String subject,
                            String detailsJson, long personCount, String personsSha256,
                            String previousHash, String hash) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The details as a map (fractions as BigDecimal, so nothing is rounded). */
    public Map<String, Object> details() {
        try {
            return JSON.readValue(detailsJson, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new HustingsException(ErrorCode.STORE_UNAVAILABLE,
                    "Ledger entry " + seq + " holds details that are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The recorded time as written into the hash, e.g. {@code 2026-11-22T09:37:50.123456Z}. */
    public String time() {
        return CanonicalForm.time(recordedAt);
    }
}
