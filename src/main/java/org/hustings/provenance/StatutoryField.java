package org.hustings.provenance;

/** A column of a statutory table (elector, election_mark, absent_voter), the field name the gate gives it, and its category. */
public record StatutoryField(String column, String field, String category) {
}
