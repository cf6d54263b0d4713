package org.hustings.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.link.Field;
import org.hustings.link.evaluate.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hustings link evaluate}: precision, recall and F1 of the linker on labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Train on one CSV (deduplicate) or two (link) without the labels, then measure the pairs found "
                + "against the truth: precision, recall, F1, beside a plain exact rule as a floor.",
            "Example: hustings link evaluate a.csv b.csv --id-column rec_id --truth-pairs truth.csv "
                + "--field given_name=given_name --field surname=surname --field date_of_birth=dob"})
final class LinkEvaluateCommand implements Runnable {
    @Parameters(arity = "1..2", paramLabel = "CSV", description = "One file to deduplicate, or two to link.")
    List<Path> files;

    @Option(names = "--id-column", required = true, description = "The column holding each record's id.")
    String idColumn;

    @Option(names = "--truth-cluster-column", description = "A column whose equal values mark the same person.")
    String truthCluster;

    @Option(names = "--truth-pairs", paramLabel = "FILE", description = "A CSV of true id pairs (header, then two ids a line).")
    Path truthPairs;

    @Option(names = "--model-out", paramLabel = "FILE", description = "Write the trained model (JSON) here.")
    Path modelOut;

    @Mixin
    LinkOptions link;

    @Override
    public void run() {
        List<Field> fields = link.fields();
        Evaluation.Report r = Evaluation.run(new Evaluation.Request(files.get(0), files.size() > 1 ? files.get(1) : null,
                idColumn, fields, truthCluster, truthPairs, link.settings(fields)));
        System.out.printf("Mode: %s, %,d%s records%n", r.mode(), r.leftRows(), r.rightRows() > 0 ? String.format(" x %,d", r.rightRows()) : "");
        System.out.printf("Candidate pairs: %,d of %,.0f possible (by rule: %s)%s%n", r.candidates().pairs(), r.candidates().possiblePairs(),
                r.candidates().perRule(), r.candidates().skippedBlocks() > 0
                        ? String.format("; %,d oversized blocks skipped (%,d pairs)", r.candidates().skippedBlocks(), r.candidates().skippedPairs()) : "");
        System.out.printf("Blocking recall: %.4f of the true pairs are candidates%n", r.blockingRecall());
        System.out.printf("Model: prior %.3g (weight %.2f bits), EM match share %.4f after %d iterations, sha256 %s%n",
                r.model().lambda(), r.model().priorWeight(), r.model().emMatchShare(), r.model().emIterations(), r.model().sha256());
        System.out.println("Linker (" + (r.mode().equals("dedupe") ? "pairs within clusters" : "one-to-one links") + "): " + r.linker());
        if (r.linkerPairwise() != null) {
            System.out.println("Linker (pairs above threshold, before clustering): " + r.linkerPairwise());
        }
        System.out.println("Plain rule (" + r.plainRuleText() + "): " + r.plainRule());
        StringBuilder t = new StringBuilder();
        long cpu = 0;
        for (Map.Entry<String, Long> e : r.timings().entrySet()) {
            long c = r.cpuTimings().getOrDefault(e.getKey(), 0L);
            cpu += c;
            t.append(t.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()).append('/').append(c).append(" ms");
        }
        System.out.printf("Time: %,d ms wall, %,d ms CPU (stage wall/CPU: %s)%n", r.linkerMillis(), cpu, t);
        if (modelOut != null) {
            try {
                Files.writeString(modelOut, r.model().toJson(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "Could not write the model to " + modelOut + ": " + e.getMessage(), e);
            }
        }
    }
}
