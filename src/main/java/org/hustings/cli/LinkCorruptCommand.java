package org.hustings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.Field;
import org.hustings.link.Row;
import org.hustings.link.evaluate.CsvList;
import org.hustings.link.synth.Corruption;
import org.hustings.link.synth.CorruptedList;
import org.hustings.link.synth.Population;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hustings link corrupt}: make a list with known truth from a register (given or synthesised). */
@Command(name = "corrupt", mixinStandardHelpOptions = true,
        description = {"Make a list of any size with known truth from a register: typos, nicknames, initials, swapped names, "
                + "wrong dates, moved house, missing fields, and some people not on the register at all.",
            "The register is a CSV with columns id, given_name, surname, dob, house_number, street, town, postcode, "
                + "or is synthesised with --synthesise N. The list gets the same columns plus true_id (empty for new people).",
            "Example: hustings link corrupt --synthesise 100000 --register-out spine.csv --rows 20000 --out list.csv"})
final class LinkCorruptCommand implements Runnable {
    @Option(names = "--register", paramLabel = "CSV", description = "The register to copy from.")
    Path register;

    @Option(names = "--synthesise", paramLabel = "N", description = "Synthesise a register of N people instead.")
    Integer synthesise;

    @Option(names = "--register-out", paramLabel = "CSV", description = "Write the synthesised register here.")
    Path registerOut;

    @Option(names = "--rows", required = true, description = "Rows in the list.")
    int rows;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "Where to write the list.")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public void run() {
        if ((register == null) == (synthesise == null)) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Give either --register FILE or --synthesise N.");
        }
        Population pools = Population.pools(seed);
        List<Row> people = register != null
                ? CsvList.read(register, "id", Field.REGISTER.stream().map(Field::name).toList(), null).rows()
                : pools.people(synthesise, seed + 1);
        if (registerOut != null) {
            write(registerOut, people, null);
        }
        CorruptedList list = CorruptedList.from(pools, people, rows, Corruption.TYPICAL, seed + 2);
        List<String> truth = new ArrayList<>();
        for (int t : list.truth()) {
            truth.add(t < 0 ? "" : people.get(t).id());
        }
        write(out, list.rows(), truth);
        System.out.printf("Wrote %,d rows to %s (%,d copied from the register with errors, %,d new people).%n", rows, out,
                truth.stream().filter(s -> !s.isEmpty()).count(), truth.stream().filter(String::isEmpty).count());
    }

    private static void write(Path file, List<Row> rows, List<String> truth) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id," + String.join(",", Field.REGISTER.stream().map(Field::name).toList()) + (truth == null ? "" : ",true_id"));
            w.newLine();
            for (int i = 0; i < rows.size(); i++) {
                StringBuilder b = new StringBuilder(rows.get(i).id());
                for (String v : rows.get(i).values()) {
                    b.append(',').append(v == null ? "" : '"' + v.replace("\"", "\"\"") + '"');
                }
                if (truth != null) {
                    b.append(',').append(truth.get(i));
                }
                w.write(b.toString());
                w.newLine();
            }
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
