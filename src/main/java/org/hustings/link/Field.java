package org.hustings.link;

/** A column used for linkage and the kind of value it holds. */
public record Field(String name, FieldKind kind) {
    public Field {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
    }
}
