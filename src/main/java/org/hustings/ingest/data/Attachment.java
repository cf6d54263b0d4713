package org.hustings.ingest.data;

/**
 * How the rows of a person-level file were attached to the spine at load.
 *
 * @param byElectorNumber attached by elector number within the authority's current register edition
 * @param byNameAddress   attached by normalised name, address and postcode (the register's match key)
 * @param pending         not attached: kept in the pending table for the probabilistic linker
 * @param ambiguous       of the pending, rows whose exact key fits more than one person
 * @param consents        consents recorded against attached people
 */
public record Attachment(long byElectorNumber, long byNameAddress, long pending, long ambiguous, long consents) {

    public static final Attachment NONE = new Attachment(0, 0, 0, 0, 0);

    public String describe() {
        return String.format("Attached %,d by elector number and %,d by name and address; %,d pending for the linker (%,d ambiguous)"
                + "%s. Pending rows: hustings import pending.", byElectorNumber, byNameAddress, pending, ambiguous,
                consents > 0 ? String.format("; %,d consents recorded", consents) : "");
    }
}
