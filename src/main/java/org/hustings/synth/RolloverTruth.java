package org.hustings.synth;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.register.ElectorNumber;

/**
 * What really happened to one person between two editions, for tests of the annual rollover:
 * the generator knows who is who; the importer has to work it out from names and addresses.
 *
 * @param personKey stable key of the person in the generated data (district/street/dwelling/member)
 * @param first     number on the first edition (or given by a notice addition), null when new
 * @param next      number on the next edition, null when moved out
 * @param status    what a rollover should make of the person
 */
public record RolloverTruth(String personKey, ElectorNumber first, ElectorNumber next, Status status) {

    public enum Status {
        /** Same name and address on both editions, only the number changed: must be carried over. */
        UNCHANGED,
        /** On both editions but the surname changed: a name-and-address rollover cannot carry them. */
        RENAMED,
        /** Anonymous on both (number and N only): nothing to carry them by. */
        ANONYMOUS,
        /** On the first edition only. */
        MOVED_OUT,
        /** On the next edition only. */
        NEW
    }

    /** Reads {@code truth-rollover.csv} as {@link SyntheticFiles} writes it, row by row. */
    public static void read(Path file, Consumer<RolloverTruth> out) {
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            csv.stream().skip(1).forEach(r -> out.accept(new RolloverTruth(r.getField(0), number(r.getField(1)),
                    number(r.getField(2)), Status.valueOf(r.getField(3).toUpperCase(Locale.ROOT)))));
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_INPUT, "Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ElectorNumber number(String s) {
        return s.isEmpty() ? null : ElectorNumber.parseCombined(s).orElseThrow();
    }
}
