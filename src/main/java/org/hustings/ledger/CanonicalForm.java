package org.hustings.ledger;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * The canonical form each ledger hash covers, exactly as described in {@code package-info.java}:
 * JSON with keys sorted, no whitespace, numbers in plain decimal without trailing zeros, the time
 * in UTC to the microsecond, and the person ids as a SHA-256 digest of their sorted list.
 */
final class CanonicalForm {
    static final String GENESIS = "0".repeat(64);
    static final String VERSION = "hustings-ledger-1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private CanonicalForm() {
    }

    /** The details as canonical JSON: sorted keys, no whitespace, normalised numbers. */
    static String details(Map<String, ?> details) {
        return write(normalise(details));
    }

    /** The time as written into the hash: UTC, exactly six fractional digits. */
    static String time(Instant at) {
        return TIME.format(at.truncatedTo(ChronoUnit.MICROS));
    }

    /** The persons of an entry: sorted distinct ids, their count and the digest the hash covers. */
    record Persons(long[] ids, String sha256) {
        long count() {
            return ids.length;
        }
    }

    static Persons persons(Collection<Long> personIds) {
        long[] ids = new long[personIds.size()];
        int n = 0;
        for (Long id : personIds) {
            if (id == null) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "A ledger entry's person ids include an empty (null) id.");
            }
            ids[n++] = id;
        }
        Arrays.sort(ids);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || ids[distinct - 1] != ids[i]) {
                ids[distinct++] = ids[i];
            }
        }
        long[] sorted = Arrays.copyOf(ids, distinct);
        PersonDigest digest = new PersonDigest();
        for (long id : sorted) {
            digest.add(id);
        }
        return new Persons(sorted, digest.hex());
    }

    /** SHA-256 over each id in ascending order as decimal ASCII followed by a line feed. */
    static final class PersonDigest {
        private final MessageDigest sha = sha256();
        /** Ids written as text here and digested a block at a time: a gated read may name millions. */
        private final byte[] text = new byte[16 << 10];
        private int used;
        private long count;

        void add(long id) {
            if (used > text.length - 21) {
                flush();
            }
            if (id < 0) {
                for (byte b : Long.toString(id).getBytes(StandardCharsets.US_ASCII)) {
                    text[used++] = b;
                }
            } else {
                int digits = 1;
                while (digits < TEN.length && id >= TEN[digits]) {
                    digits++;
                }
                for (int i = used + digits - 1; i >= used; i--) {
                    text[i] = (byte) ('0' + id % 10);
                    id /= 10;
                }
                used += digits;
            }
            text[used++] = '\n';
            count++;
        }

        private void flush() {
            sha.update(text, 0, used);
            used = 0;
        }

        long count() {
            return count;
        }

        String hex() {
            flush();
            return HexFormat.of().formatHex(sha.digest());
        }

        private static final long[] TEN = new long[19];

        static {
            TEN[0] = 1;
            for (int i = 1; i < TEN.length; i++) {
                TEN[i] = TEN[i - 1] * 10;
            }
        }
    }

    /** The exact text whose SHA-256 is an entry's hash. */
    static String message(long seq, String time, String actor, String action, String subject, String detailsJson,
                          long personCount, String personsSha256, String previousHash) {
        Map<String, Object> m = new TreeMap<>();
        m.put("action", action);
        m.put("actor", actor);
        m.put("details", new RawValue(detailsJson));
        m.put("persons", new TreeMap<>(Map.of("count", personCount, "sha256", personsSha256)));
        m.put("previous", previousHash);
        m.put("seq", seq);
        m.put("subject", subject);
        m.put("time", time);
        m.put("version", VERSION);
        return write(m);
    }

    static String hash(long seq, String time, String actor, String action, String subject, String detailsJson,
                       long personCount, String personsSha256, String previousHash) {
        String text = message(seq, time, actor, action, subject, detailsJson, personCount, personsSha256, previousHash);
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A number written exactly: an integer without a point, a fraction without trailing zeros. */
    static Object number(Number n) {
        BigDecimal d;
        if (n instanceof BigDecimal b) {
            d = b;
        } else if (n instanceof BigInteger i) {
            d = new BigDecimal(i);
        } else if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            d = BigDecimal.valueOf(n.longValue());
        } else if (n instanceof Double || n instanceof Float) {
            d = new BigDecimal(n.toString()); // the shortest decimal that reads back as the same value
        } else if (n instanceof java.util.concurrent.atomic.AtomicLong || n instanceof java.util.concurrent.atomic.AtomicInteger) {
            d = BigDecimal.valueOf(n.longValue());
        } else {
            throw Minimisation.refuse("A ledger detail is a " + n.getClass().getSimpleName() + "; use int, long, double or BigDecimal.");
        }
        d = d.stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigIntegerExact() : d;
    }

    @SuppressWarnings("unchecked")
    private static Object normalise(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> sorted = new TreeMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> sorted.put(k, normalise(x)));
            return sorted;
        }
        if (v instanceof Collection<?> c) {
            List<Object> list = new ArrayList<>(c.size());
            c.forEach(x -> list.add(normalise(x)));
            return list;
        }
        if (v instanceof Number n) {
            return number(n);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "Could not write a ledger entry's canonical form: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
