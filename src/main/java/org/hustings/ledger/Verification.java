package org.hustings.ledger;

/**
 * The outcome of checking the whole chain: {@link Intact}, with the number of entries and the head
 * hash (publish or note it: a later verification that reaches the same hash proves nothing before
 * it changed), or {@link Broken}, at the first place the chain breaks.
 */
public sealed interface Verification {

    boolean intact();

    /** Every entry follows from the one before it and the head matches the last. */
    record Intact(long entries, String headHash) implements Verification {
        @Override
        public boolean intact() {
            return true;
        }

        public String describe() {
            return "The ledger is intact: " + entries + (entries == 1 ? " entry" : " entries") + ", head hash " + headHash + ".";
        }
    }

    /**
     * The chain breaks at entry {@code position} (1 is the first entry; 0 or below for a row numbered
     * outside the chain, and 0 when the head row itself is missing). {@code intactBefore}
     * entries before it verified, ending in {@code lastIntactHash}; {@code reason} says what is
     * wrong in plain words.
     */
    record Broken(long position, Tampering tampering, String reason, long intactBefore, String lastIntactHash)
            implements Verification {
        @Override
        public boolean intact() {
            return false;
        }

        public String describe() {
            return "The ledger is broken at entry " + position + " (" + tampering.words() + "): " + reason;
        }
    }
}
