package org.hustings.ingest;

import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * When a file is refused whole: more rejected rows than this share (or count) of the rows read.
 * A file with rejections at or under the threshold loads its good rows and quarantines the rest;
 * a file with no good rows at all is always refused.
 */
public record RejectionThreshold(double fraction, long count) {
    public static final RejectionThreshold DEFAULT = new RejectionThreshold(0.05, -1);

    /** Parses {@code 5%} (a share of the rows) or {@code 100} (a number of rows). */
    public static RejectionThreshold parse(String text) {
        String s = text.trim();
        try {
            if (s.endsWith("%")) {
                double pct = Double.parseDouble(s.substring(0, s.length() - 1).trim());
                if (pct < 0 || pct > 100) {
                    throw new NumberFormatException();
                }
                return new RejectionThreshold(pct / 100.0, -1);
            }
            long n = Long.parseLong(s);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return new RejectionThreshold(-1, n);
        } catch (NumberFormatException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST,
                    "The rejection threshold '" + text + "' is not understood: give a percentage such as 5% or a number of rows such as 100.");
        }
    }

    public boolean exceededBy(long rejected, long rows) {
        return count >= 0 ? rejected > count : rejected > fraction * rows;
    }

    public String describe() {
        return count >= 0 ? count + " rows" : (fraction * 100) + "% of the rows";
    }
}
