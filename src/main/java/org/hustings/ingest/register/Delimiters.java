package org.hustings.ingest.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;

/** The start of a register file: a byte-order mark to skip and the field separator to use. */
final class Delimiters {
    private static final int PEEK = 1 << 15;

    private Delimiters() {
    }

    /**
     * Skips a UTF-8 byte-order mark: U+FEFF when decoded as UTF-8, or its three bytes read as
     * windows-1252 ("ï»¿") when the rest of the file made the charset check fall back.
     */
    static void skipBom(BufferedReader in) throws IOException {
        in.mark(4);
        char[] head = new char[3];
        int n = in.read(head, 0, 3);
        in.reset();
        if (n >= 1 && head[0] == '\uFEFF') {
            in.skip(1);
        } else if (n == 3 && head[0] == 'ï' && head[1] == '»' && head[2] == '¿') {
            in.skip(3);
        }
    }

    /**
     * Comma or tab, whichever occurs more in the header line (the first line that is not a
     * Halarose "Monthly Additions" preamble). Reads ahead at most 32k characters and resets.
     */
    static char detect(BufferedReader in) throws IOException {
        in.mark(PEEK);
        char[] buf = new char[PEEK];
        int n = 0;
        int r;
        while (n < PEEK && (r = in.read(buf, n, PEEK - n)) > 0) {
            n += r;
        }
        in.reset();
        int start = 0;
        while (start < n) {
            int end = start;
            while (end < n && buf[end] != '\n' && buf[end] != '\r') {
                end++;
            }
            String line = new String(buf, start, end - start);
            if (!line.isBlank() && !line.trim().toLowerCase(Locale.ROOT).startsWith("monthly additions")) {
                return count(line, '\t') > count(line, ',') ? '\t' : ',';
            }
            start = end + 1;
        }
        return ',';
    }

    private static int count(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
