package org.hustings.ledger;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * A head noted outside Hustings (entry number and hash, as {@code hustings ledger verify} prints
 * them). The chain has no secret key, so someone able to rewrite the whole ledger could recompute
 * every hash; verifying through a checkpoint noted earlier (in minutes, an email to the DPO)
 * shows such a rewrite, because the recomputed chain no longer passes through it.
 */
public record Checkpoint(long seq, String hash) {
    private static final Pattern TEXT = Pattern.compile("(\\d+):([0-9a-fA-F]{64})");

    public Checkpoint {
        if (seq < 1) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A ledger checkpoint's entry number must be 1 or more; got " + seq + ".");
        }
        if (hash == null || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "A ledger checkpoint's hash must be 64 hexadecimal characters.");
        }
        hash = hash.toLowerCase(Locale.ROOT);
    }

    /** Reads {@code SEQ:HASH}, e.g. {@code 1200:9f3c…}. */
    public static Checkpoint parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "The checkpoint '" + text
                    + "' is not understood: write the entry number, a colon and the 64-character hash, e.g. 1200:9f3c…");
        }
        return new Checkpoint(Long.parseLong(m.group(1)), m.group(2));
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
