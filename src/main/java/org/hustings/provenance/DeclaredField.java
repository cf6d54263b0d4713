package org.hustings.provenance;

/** A field as stored: {@code releaseBlock} is null when it may be released for a permitted purpose, else the reason it never will be. */
public record DeclaredField(String field, String category, boolean special, Nature nature, String releaseBlock) {

    public boolean releasable() {
        return releaseBlock == null;
    }
}
