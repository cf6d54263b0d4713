package org.hustings.provenance;

/**
 * One entry of the data-category taxonomy: a dotted key under a parent (e.g.
 * {@code political.voting_intention} under {@code political}), whether it is special category data
 * (UK GDPR Art 9(1)), whether it may never be released at all, and the law that says so.
 */
public record DataCategory(String key, String parent, String name, boolean special, boolean neverReleased, String law) {
}
