package org.hustings.ingest.data;

import java.nio.file.Path;
import java.util.List;
import org.hustings.provenance.SourceDeclaration;
import org.hustings.provenance.SupplierDeclaration;

/**
 * How one layout of non-register file maps onto Hustings: which columns identify a person (or an
 * area), which columns are data and what each holds (taxonomy category, factual or estimated),
 * which columns record consents, and the source the file comes from. Read from a versioned JSON
 * file (docs/data-mappings.md) by {@link #read(Path)}; validated whole, every error reported at once.
 *
 * @param name      the layout's name, recorded as the dataset's layout
 * @param level     person rows (attached to the spine) or area rows (stored per area)
 * @param kind      the kind of dataset, e.g. canvass, membership, signup, broker, area
 * @param source    the code of the source the file comes from
 * @param supplier  a supplier to declare when it is not yet registered, or null
 * @param declare   the source's declaration, used when the source is not yet declared, or null
 * @param sheet     for a workbook, the sheet to read (null: the first)
 * @param delimiter for CSV, the field separator
 */
public record DataMapping(String name, Level level, String kind, String source, SupplierDeclaration supplier, SourceDeclaration declare,
                          String sheet, char delimiter, IdentityColumns identity, AreaColumn area, List<FieldColumn> fields,
                          List<ConsentColumn> consents) {

    /** The version of the mapping format this code reads. */
    public static final int FORMAT_VERSION = 1;

    public enum Level { PERSON, AREA }

    public DataMapping {
        fields = List.copyOf(fields == null ? List.of() : fields);
        consents = List.copyOf(consents == null ? List.of() : consents);
    }

    /** Reads and validates a mapping file; refused with every problem listed when it is not a valid mapping. */
    public static DataMapping read(Path file) {
        return MappingFile.read(file);
    }

    /** Parses a mapping from its JSON text; {@code origin} names it in messages. */
    public static DataMapping parse(String json, String origin) {
        return MappingFile.parse(json, origin);
    }
}
