package org.hustings.ingest.data;

import org.hustings.ingest.ImportOutcome;

/** What a data import did: the outcome (loaded, already loaded, refused) and, for a loaded person-level file, how rows were attached. */
public record DataLoad(ImportOutcome outcome, Attachment attachment, long areaValues) {

    public String describe() {
        StringBuilder b = new StringBuilder(outcome.describe());
        if (outcome instanceof ImportOutcome.Loaded) {
            if (attachment != null) {
                b.append(' ').append(attachment.describe());
            }
            if (areaValues > 0) {
                b.append(String.format(" %,d area values stored.", areaValues));
            }
        }
        return b.toString();
    }
}
