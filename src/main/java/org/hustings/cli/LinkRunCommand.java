package org.hustings.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.Field;
import org.hustings.link.FieldKind;
import org.hustings.link.LinkModel;
import org.hustings.link.Row;
import org.hustings.link.evaluate.CsvList;
import org.hustings.link.store.LinkStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hustings link run}: link a list (CSV) to the register spine in the store. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Link a list to the current register (the spine): train a model on the two without labels, store each "
                + "link with its probability and explanation, and queue the uncertain band for review.",
            "Example: hustings link run canvass.csv --id-column ref --field first=given_name --field last=surname "
                + "--field born=dob --field pc=postcode"})
final class LinkRunCommand implements Runnable {
    @Parameters(paramLabel = "CSV", description = "The list to link.")
    Path file;

    @Option(names = "--id-column", required = true, description = "The column holding each row's id.")
    String idColumn;

    @Option(names = "--dataset", description = "The dataset id of the list, when it was loaded as one.")
    Long dataset;

    @Option(names = "--model", paramLabel = "FILE", description = "Score with this saved model (JSON) instead of training one.")
    Path model;

    @Option(names = "--by", defaultValue = "${sys:user.name}", description = "Who runs the linkage (default: the system user).")
    String by;

    @Mixin
    LinkOptions link;

    @Mixin
    StoreOption store;

    @Override
    public void run() {
        List<Field> given = link.fields();
        List<String> columns = new ArrayList<>();
        List<List<Integer>> byRegisterField = new ArrayList<>();
        for (Field f : Field.REGISTER) {
            byRegisterField.add(new ArrayList<>());
        }
        for (Field f : given) {
            int target = registerField(f.kind());
            byRegisterField.get(target).add(columns.size());
            columns.add(f.name());
        }
        CsvList list = CsvList.read(file, idColumn, columns, null);
        List<Row> rows = new ArrayList<>(list.rows().size());
        for (Row r : list.rows()) {
            String[] v = new String[Field.REGISTER.size()];
            for (int i = 0; i < v.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int c : byRegisterField.get(i)) {
                    if (r.values()[c] != null) {
                        b.append(b.length() == 0 ? "" : " ").append(r.values()[c]);
                    }
                }
                v[i] = b.length() == 0 ? null : b.toString();
            }
            rows.add(new Row(r.id(), v));
        }
        try (var s = store.open()) {
            System.out.printf("Linking %,d rows of %s to the spine…%n", rows.size(), file);
            LinkModel saved = null;
            if (model != null) {
                try {
                    saved = LinkModel.fromJson(java.nio.file.Files.readString(model));
                } catch (java.io.IOException e) {
                    throw new HustingsException(ErrorCode.BAD_REQUEST, "Cannot read the model file " + model + ": " + e.getMessage(), e);
                }
            }
            LinkStore.RunResult r = new LinkStore(s).run(file.toString(), dataset, rows, link.settings(Field.REGISTER), by, saved);
            System.out.printf("Run %d: %,d candidate pairs; %,d linked, %,d for review, %,d decided by earlier reviews, "
                    + "%,d already waiting for review from an earlier run of %s. Model sha256 %s%n",
                    r.runId(), r.candidates().pairs(), r.linked(), r.forReview(), r.reused(), r.alreadyQueued(), file, r.modelSha256());
            if (r.forReview() > 0) {
                System.out.println("Review them with: hustings link review list --run " + r.runId());
            }
            if (r.alreadyQueued() > 0) {
                // One row, one decision: a pair already waiting is not queued twice (docs/adr/0135).
                System.out.println("Pairs already waiting stay in their earlier runs: hustings link review list");
            }
        }
    }

    private static int registerField(FieldKind kind) {
        for (int i = 0; i < Field.REGISTER.size(); i++) {
            if (Field.REGISTER.get(i).kind() == kind) {
                return i;
            }
        }
        throw new HustingsException(ErrorCode.BAD_REQUEST, "The register holds no " + kind.key() + "; a list is linked to the spine on "
                + "given_name, surname, dob, house_number, address, town and postcode only.");
    }
}
