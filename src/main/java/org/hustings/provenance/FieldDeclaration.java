package org.hustings.provenance;

/** One field of a dataset: its name in the file, its data category from the taxonomy, and whether it is factual or estimated. */
public record FieldDeclaration(String field, String category, Nature nature) {
}
