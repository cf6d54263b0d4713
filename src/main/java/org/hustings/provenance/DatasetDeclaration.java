package org.hustings.provenance;

import java.util.List;

/** One delivery from one declared source: the file it came from and what each field holds. */
public record DatasetDeclaration(String sourceCode, String kind, String layout, String fileName, String fileSha256,
                                 List<FieldDeclaration> fields) {

    public DatasetDeclaration {
        fields = List.copyOf(fields == null ? List.of() : fields);
    }
}
