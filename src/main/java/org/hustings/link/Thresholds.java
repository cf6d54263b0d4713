package org.hustings.link;

import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Where decisions fall on the match probability: at or above {@code link} a pair is linked; from
 * {@code review} up to {@code link} it goes to clerical review; below {@code review} it is
 * rejected. Contradictions fail loudly.
 */
public record Thresholds(double link, double review) {
    public static final Thresholds DEFAULT = new Thresholds(0.90, 0.50);

    public Thresholds {
        if (!(review >= 0 && review <= link && link <= 1)) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Thresholds must satisfy 0 <= review <= link <= 1; got link "
                    + link + ", review " + review + ".");
        }
    }
}
