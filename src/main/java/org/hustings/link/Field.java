package org.hustings.link;

/** A column used for linkage and the kind of value it holds. */
public record Field(String name, FieldKind kind) {
    /**
     * The fields of an electoral register entry as the linker compares them: lists linked to the
     * spine are mapped onto these (see {@code org.hustings.link.store.Spine}).
     */
    public static final java.util.List<Field> REGISTER = java.util.List.of(
            new Field("given_name", FieldKind.GIVEN_NAME), new Field("surname", FieldKind.SURNAME),
            new Field("dob", FieldKind.DOB), new Field("house_number", FieldKind.HOUSE_NUMBER),
            new Field("street", FieldKind.ADDRESS), new Field("town", FieldKind.TOWN),
            new Field("postcode", FieldKind.POSTCODE));

    public Field {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a field needs a name");
        }
    }
}
