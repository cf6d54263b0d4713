package org.hustings.staff;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Password hashing with bcrypt (at.favre.lib:bcrypt). The library salts each hash and compares in
 * constant time; we only choose the cost and check the length rules. bcrypt reads at most 72 bytes,
 * so longer passwords are refused when set rather than silently cut.
 */
final class Passwords {
    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private final int cost;
    private volatile char[] decoy;

    Passwords(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between " + BCrypt.MIN_COST + " and " + BCrypt.MAX_COST);
        }
        this.cost = cost;
    }

    /** Checks the length rules (NCSC guidance: length over complexity) and returns the bcrypt hash. */
    String hash(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new HustingsException(ErrorCode.BAD_REQUEST,
                    "The password is too short: use at least " + MIN_LENGTH + " characters (a few words together work well).");
        }
        if (utf8Length(password) > MAX_BYTES) {
            throw new HustingsException(ErrorCode.BAD_REQUEST,
                    "The password is too long: bcrypt reads at most " + MAX_BYTES + " bytes, so use a shorter one.");
        }
        return new String(BCrypt.withDefaults().hashToChar(cost, password));
    }

    /** True when the password matches the hash; compared in constant time by the library. */
    boolean matches(char[] password, String hash) {
        if (password == null || utf8Length(password) > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password, hash.toCharArray()).verified;
    }

    /**
     * Spends the same work as a real check for a username that does not exist, so the response
     * time does not reveal which usernames are real. Always false.
     */
    boolean decoyCheck(char[] password) {
        char[] d = decoy;
        if (d == null) {
            d = BCrypt.withDefaults().hashToChar(cost, "decoy password for unknown users".toCharArray());
            decoy = d;
        }
        matches(password == null ? new char[0] : password, new String(d));
        return false;
    }

    private static int utf8Length(char[] password) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        int n = b.remaining();
        Arrays.fill(b.array(), (byte) 0);
        return n;
    }
}
