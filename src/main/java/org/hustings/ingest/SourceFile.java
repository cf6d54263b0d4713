package org.hustings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * A file about to be ingested: its path, the name shown to users, its SHA-256 (the identity that
 * makes re-loading the same file a no-op) and its character set.
 *
 * <p>EROs' software writes UTF-8 or windows-1252. One streaming pass over the bytes computes the
 * hash and checks whether they are valid UTF-8; if not, the file is read as windows-1252, which
 * decodes any byte. A UTF-8 byte-order mark is skipped by the readers.
 */
public record SourceFile(Path path, String name, String sha256, Charset charset, long bytes) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static SourceFile inspect(Path path) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Utf8Check utf8 = new Utf8Check();
        long total = 0;
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                utf8.feed(buf, n);
                total += n;
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "There is no file " + path + ".", e);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read " + path + ": " + e.getMessage(), e);
        }
        Charset cs = utf8.valid() ? StandardCharsets.UTF_8 : WINDOWS_1252;
        return new SourceFile(path, path.getFileName().toString(), HexFormat.of().formatHex(sha.digest()), cs, total);
    }

    /** An incremental UTF-8 validator (RFC 3629), tolerant of a sequence split across buffers. */
    static final class Utf8Check {
        private int pending;
        private boolean bad;

        void feed(byte[] b, int n) {
            for (int i = 0; i < n && !bad; i++) {
                int c = b[i] & 0xFF;
                if (pending > 0) {
                    if ((c & 0xC0) != 0x80) {
                        bad = true;
                    }
                    pending--;
                } else if (c >= 0x80) {
                    if (c >= 0xC2 && c <= 0xDF) {
                        pending = 1;
                    } else if (c >= 0xE0 && c <= 0xEF) {
                        pending = 2;
                    } else if (c >= 0xF0 && c <= 0xF4) {
                        pending = 3;
                    } else {
                        bad = true;
                    }
                }
            }
        }

        boolean valid() {
            return !bad && pending == 0;
        }
    }
}
