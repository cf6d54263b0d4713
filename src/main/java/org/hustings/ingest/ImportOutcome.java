package org.hustings.ingest;

import java.util.List;

/** What happened to a file: loaded, already loaded before (nothing changed), or refused whole. */
public sealed interface ImportOutcome {

    long datasetId();

    /** The first problems found, for showing at once; all of them are in the quarantine. */
    List<Problem> firstProblems();

    /** A one-paragraph account in plain words. */
    String describe();

    record Loaded(long datasetId, String file, String layout, long rowsRead, long rowsLoaded, long rejected, long warnings,
                  Rollover rollover, List<Problem> firstProblems) implements ImportOutcome {
        @Override
        public String describe() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("Loaded %s (%s layout) as dataset %d: %,d rows read, %,d loaded, %,d quarantined, %,d warnings.",
                    file, layout, datasetId, rowsRead, rowsLoaded, rejected, warnings));
            if (rollover != null) {
                b.append(' ').append(rollover.describe());
            }
            return b.toString();
        }
    }

    record AlreadyLoaded(long datasetId, String file) implements ImportOutcome {
        @Override
        public List<Problem> firstProblems() {
            return List.of();
        }

        @Override
        public String describe() {
            return "Nothing changed: " + file + " was already loaded as dataset " + datasetId + " (same contents).";
        }
    }

    record Refused(long datasetId, String file, String reason, long rowsRead, long rejected, List<Problem> firstProblems)
            implements ImportOutcome {
        @Override
        public String describe() {
            return String.format("Refused %s whole, nothing loaded: %s (%,d rows read, %,d rejected; recorded as dataset %d).",
                    file, reason, rowsRead, rejected, datasetId);
        }
    }

    /**
     * How a new register edition carried people over from the previous one.
     *
     * @param carried    entries matched to a person already known (same normalised name and address)
     * @param newPeople  entries with no predecessor: new people
     * @param notCarried entries of the previous edition with no successor (moved away, died, renamed)
     */
    record Rollover(long previousEditionId, long carried, long newPeople, long notCarried) {
        public String describe() {
            return String.format("Rollover from edition %d: %,d people carried over, %,d new, %,d from the previous edition not found.",
                    previousEditionId, carried, newPeople, notCarried);
        }
    }
}
