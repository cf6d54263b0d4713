package org.hustings.link;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * A trained Fellegi–Sunter model: for every field and level the m probability (of that level
 * among true matches, learned by expectation–maximisation) and u probability (among random
 * pairs, learned by sampling), and the prior λ that two random records match (from
 * deterministic rules). Saved as JSON so that the ledger can hash the exact model that made a link.
 *
 * @param version       format version of this JSON
 * @param mode          "link" (two lists) or "dedupe" (one list)
 * @param fields        the fields with their levels' m and u
 * @param lambda        prior probability that two random records match
 * @param emMatchShare  share of the first training session's pairs that EM took to be matches
 * @param emIterations  EM iterations run until the parameters settled
 * @param blocking      blocking rules, as written
 * @param training      the rules whose pairs EM learned m from, one session each
 * @param deterministic rules whose matches estimated λ
 * @param recall        assumed share of true matches the deterministic rules find
 * @param seed          seed of the random sampling
 */
public record LinkModel(int version, String mode, List<ModelField> fields, double lambda, double emMatchShare,
                        int emIterations, List<String> blocking, List<String> training, List<String> deterministic, double recall, long seed) {
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public LinkModel {
        fields = List.copyOf(fields);
        blocking = List.copyOf(blocking);
        training = List.copyOf(training);
        deterministic = List.copyOf(deterministic);
    }

    /** One field of the model. */
    public record ModelField(String name, String kind, List<Level> levels) {
        public ModelField {
            levels = List.copyOf(levels);
        }
    }

    /** One level: its name, m and u, and so its weight in bits, log2(m/u). */
    public record Level(String name, double m, double u) {
        public double weight() {
            return Math.log(m / u) / Math.log(2);
        }
    }

    /** The prior as a weight in bits: log2(λ / (1 − λ)). */
    public double priorWeight() {
        return Math.log(lambda / (1 - lambda)) / Math.log(2);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "Could not write the model as JSON: " + e.getMessage(), e);
        }
    }

    public static LinkModel fromJson(String json) {
        try {
            LinkModel m = JSON.readValue(json, LinkModel.class);
            if (m.version() != VERSION) {
                throw new HustingsException(ErrorCode.BAD_INPUT, "The model file is version " + m.version()
                        + "; this Hustings reads version " + VERSION + ".");
            }
            return m;
        } catch (JsonProcessingException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "The model file is not a Hustings linkage model: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** SHA-256 of the JSON, in hex: the model's identity for the ledger. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
