package org.hustings.link;

/**
 * One record to link: its id and its raw values, in the order of the linker's fields (null for
 * missing). The array is not copied; callers must not change it after handing it over.
 */
public record Row(String id, String[] values) {
    public Row {
        if (id == null) {
            throw new IllegalArgumentException("a row needs an id");
        }
    }
}
