package org.hustings.store;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Encodes rows as RFC 4180 CSV in UTF-8 for the engines' bulk readers, straight into a reusable
 * byte buffer (no Writer, no encoder, no String per number): NULL and the empty string are an
 * empty unquoted field; a field with a comma, quote, line break or edge space is quoted. The
 * caller hands {@link #bytes()} to the engine and {@link #reset()}s once {@link #size()} is big enough.
 */
final class CsvRows {
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private byte[] buf;
    private int size;

    CsvRows(int capacity) {
        buf = new byte[capacity];
    }

    byte[] bytes() {
        return buf;
    }

    int size() {
        return size;
    }

    void reset() {
        size = 0;
    }

    void write(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) ',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof Long l) {
                number(l);
            } else if (v instanceof Integer n) {
                number(n);
            } else if (v instanceof Boolean b) {
                put(b ? TRUE : FALSE);
            } else if (v instanceof LocalDate d && d.getYear() >= 1000 && d.getYear() <= 9999) {
                date(d);
            } else {
                text(v.toString());
            }
        }
        put((byte) '\n');
    }

    private void text(String s) {
        int n = s.length();
        if (n == 0) {
            return;
        }
        boolean quote = s.charAt(0) == ' ' || s.charAt(n - 1) == ' ';
        for (int k = 0; k < n && !quote; k++) {
            char ch = s.charAt(k);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        ensure(n * 3 + 2 + n / 2);
        if (quote) {
            buf[size++] = '"';
        }
        for (int k = 0; k < n; k++) {
            char ch = s.charAt(k);
            if (ch < 0x80) {
                if (ch == '"') {
                    buf[size++] = '"';
                }
                buf[size++] = (byte) ch;
            } else if (ch < 0x800) {
                buf[size++] = (byte) (0xC0 | (ch >> 6));
                buf[size++] = (byte) (0x80 | (ch & 0x3F));
            } else if (Character.isHighSurrogate(ch) && k + 1 < n && Character.isLowSurrogate(s.charAt(k + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++k));
                buf[size++] = (byte) (0xF0 | (cp >> 18));
                buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(ch)) {
                buf[size++] = '?'; // an unpaired surrogate, as Java's UTF-8 encoder replaces it
            } else {
                buf[size++] = (byte) (0xE0 | (ch >> 12));
                buf[size++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                buf[size++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
        if (quote) {
            buf[size++] = '"';
        }
    }

    private void number(long v) {
        if (v == Long.MIN_VALUE) {
            text(Long.toString(v));
            return;
        }
        ensure(20);
        if (v < 0) {
            buf[size++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long p = 10; digits < 19 && v >= p; p *= 10) {
            digits++;
        }
        for (int i = size + digits - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size += digits;
    }

    private void date(LocalDate d) {
        ensure(10);
        fixed(d.getYear(), 4);
        buf[size++] = '-';
        fixed(d.getMonthValue(), 2);
        buf[size++] = '-';
        fixed(d.getDayOfMonth(), 2);
    }

    private void fixed(int v, int digits) {
        for (int i = size + digits - 1; i >= size; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        size += digits;
    }

    private void put(byte b) {
        ensure(1);
        buf[size++] = b;
    }

    private void put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }
}
