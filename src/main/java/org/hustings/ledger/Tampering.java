package org.hustings.ledger;

/** What verification found wrong at the first broken place in the chain. */
public enum Tampering {
    /** An entry's content (time, actor, action, subject, details, person count) or its hash was changed. */
    EDITED("edited"),
    /** One or more entries are missing (a gap in the numbering, or fewer entries than the head records). */
    DELETED("deleted"),
    /** An entry that is not part of the chain was added (between entries, or after the recorded head). */
    INSERTED("inserted"),
    /** Entries were moved: an entry names as its predecessor an entry that now comes after it. */
    REORDERED("reordered"),
    /** The list of people an entry reached was changed: a person id edited, removed or added. */
    PERSONS_CHANGED("person list changed");

    private final String words;

    Tampering(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
