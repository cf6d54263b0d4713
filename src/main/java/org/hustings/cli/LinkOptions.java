package org.hustings.cli;

import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.BlockingRule;
import org.hustings.link.Field;
import org.hustings.link.FieldKind;
import org.hustings.link.LinkSettings;
import org.hustings.link.Thresholds;
import picocli.CommandLine.Option;

/** The linkage options shared by the {@code link} commands: fields, blocking, thresholds, seed. */
final class LinkOptions {
    @Option(names = "--field", paramLabel = "COLUMN=KIND", required = true,
            description = "A column to compare and its kind (given_name, surname, full_name, dob, postcode, town, address, "
                    + "house_number, email, phone, other). Repeat for each column.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--block", paramLabel = "RULE",
            description = "A blocking rule, e.g. surname+dob or soundex(surname)+year(dob); repeat to OR several. "
                    + "Default: rules chosen from the field kinds.")
    List<String> blocking = new ArrayList<>();

    @Option(names = "--link-threshold", defaultValue = "0.9", description = "Link at or above this probability (default ${DEFAULT-VALUE}).")
    double link;

    @Option(names = "--review-threshold", defaultValue = "0.5",
            description = "Send pairs from this probability up to the link threshold to review (default ${DEFAULT-VALUE}).")
    double review;

    @Option(names = "--recall", defaultValue = "0.8",
            description = "Assumed share of true matches the deterministic rules find, for the prior (default ${DEFAULT-VALUE}).")
    double recall;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the random sampling (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: one per core).")
    Integer threads;

    List<Field> fields() {
        List<Field> out = new ArrayList<>();
        for (String f : fields) {
            int eq = f.lastIndexOf('=');
            if (eq <= 0) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "--field must be COLUMN=KIND, e.g. surname=surname; got '" + f + "'.");
            }
            out.add(new Field(f.substring(0, eq).strip(), FieldKind.parse(f.substring(eq + 1))));
        }
        return out;
    }

    LinkSettings settings(List<Field> fields) {
        LinkSettings s = LinkSettings.defaults(fields).withThresholds(new Thresholds(link, review)).withSeed(seed);
        s = s.withDeterministic(s.deterministic(), recall);
        if (!blocking.isEmpty()) {
            s = s.withBlocking(blocking.stream().map(BlockingRule::parse).toList());
        }
        return threads == null ? s : s.withThreads(threads);
    }
}
