package org.hustings.ingest.register;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through while noting what a truncated last line leaves behind: whether the
 * file ended with a line break, and whether it ended inside a quoted field (an odd number of
 * quote characters — in well-formed CSV they always pair up).
 */
final class TailReader extends FilterReader {
    private int lastChar = '\n';
    private long quotes;

    TailReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            note((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            note(buf[off + i]);
        }
        return n;
    }

    private void note(char c) {
        lastChar = c;
        if (c == '"') {
            quotes++;
        }
    }

    /** After the end of the file: did it stop mid-line or inside an open quote? */
    boolean endedMidLine() {
        return (lastChar != '\n' && lastChar != '\r') || (quotes & 1) == 1;
    }
}
