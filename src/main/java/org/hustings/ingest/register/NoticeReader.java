package org.hustings.ingest.register;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.hustings.ingest.Problem;
import org.hustings.ingest.ProblemSink;
import org.hustings.ingest.ReadSummary;
import org.hustings.ingest.RecordReader;
import org.hustings.ingest.SourceFile;
import org.hustings.register.Alteration;
import org.hustings.register.Alteration.Action;

/**
 * Reads a notice of alteration in two streaming passes so that one notice yields at most one
 * change per elector, in the vendors' precedence: delete beats amend beats create, and an elector
 * both created and deleted in the same notice is skipped (warning {@code created-and-deleted}).
 * The first pass notes, per elector number, which actions occur and the last line carrying the
 * strongest; the second hands on that line only, the others with warning {@code superseded}.
 * Memory: one small map entry per elector number in the notice (a monthly notice touches a few
 * per cent of a register), never the rows.
 */
final class NoticeReader implements RecordReader<Alteration> {
    private final TableReader<Alteration> table = new TableReader<>("notice of alteration", NoticeParsers.layouts(), null);

    /** What the first pass learnt about one elector: the actions seen (bit per ordinal) and the winning line. */
    private static final class Seen {
        int actions;
        Action strongest;
        long line;
    }

    @Override
    public ReadSummary read(SourceFile file, Consumer<Alteration> records, ProblemSink problems) {
        Map<String, Seen> byNumber = new HashMap<>();
        table.read(file, a -> {
            Seen s = byNumber.computeIfAbsent(a.entry().number().canonical(), k -> new Seen());
            s.actions |= 1 << a.action().ordinal();
            if (s.strongest == null || !s.strongest.beats(a.action())) {
                s.strongest = a.action();
                s.line = a.line();
            }
        }, p -> { });
        long[] handedOn = {0};
        ReadSummary summary = table.read(file, a -> {
            Seen s = byNumber.get(a.entry().number().canonical());
            if ((s.actions & (1 << Action.CREATE.ordinal())) != 0 && (s.actions & (1 << Action.DELETE.ordinal())) != 0) {
                problems.report(Problem.warning(file.name(), a.line(), null, "created-and-deleted", "Elector "
                        + a.entry().number() + " is both created and deleted in this notice: its rows are ignored, "
                        + "as the notice changes nothing for them.", a.entry().number().canonical()));
            } else if (a.line() != s.line) {
                problems.report(Problem.warning(file.name(), a.line(), null, "superseded", "Elector "
                        + a.entry().number() + " has another change in this notice, on line " + s.line
                        + ", which takes precedence (delete beats amend beats create; the later row wins a tie).",
                        a.entry().number().canonical()));
            } else {
                handedOn[0]++;
                records.accept(a);
            }
        }, problems);
        return new ReadSummary(summary.layout(), summary.rows(), handedOn[0], summary.rejected());
    }
}
