package org.hustings.synth;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.hustings.ingest.register.NoticeLayout;
import org.hustings.ingest.register.RecordWriter;
import org.hustings.ingest.register.RegisterWriters;
import org.hustings.register.AbsentVoter;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/** The sink behind {@link SyntheticFiles}: one open file per output, closed together. */
final class FolderSink implements SyntheticSink, AutoCloseable {
    private final SynthSpec spec;
    private final SyntheticFiles.Options options;
    private final Path dir;
    private final LongConsumer progress;
    private final List<Output<?>> outputs = new ArrayList<>();
    private final Output<RegisterEntry> first;
    private final Output<RegisterEntry> next;
    private final List<Output<org.hustings.register.Alteration>> notices = new ArrayList<>();
    private final List<CreatedAndDeletedRows> xpressPatches = new ArrayList<>();
    private final Output<ElectionMark> marked;
    private final Output<AbsentVoter> absent;
    private final Output<AbsentVoter> postal;
    private final Writer truthFile;
    private final CsvWriter truth;
    private long truthRows;

    /** One file being written: its writer, its record writer, its row count, its manifest line. */
    private static final class Output<T> {
        final Writer file;
        final RecordWriter<T> records;
        final Manifest.File describe;
        long rows;

        Output(Writer file, RecordWriter<T> records, Manifest.File describe) {
            this.file = file;
            this.records = records;
            this.describe = describe;
        }

        void write(T t) {
            records.write(t);
            rows++;
        }
    }

    FolderSink(SynthSpec spec, SyntheticFiles.Options options, Path dir, LongConsumer progress) {
        this.spec = spec;
        this.options = options;
        this.dir = dir;
        this.progress = progress;
        GenerateLine imports = new GenerateLine(spec);
        Charset rc = options.registerCharset();
        String layout = options.layout().id();
        String name = "register-" + spec.edition() + ".csv";
        Writer w = SyntheticFiles.open(dir.resolve(name), rc);
        first = add(w, RegisterWriters.register(w, options.layout()), new Manifest.File(name, "register", layout,
                rc.name(), 0, spec.edition().toString(), imports.register(name, layout, spec.edition())));
        for (int m = 1; m <= spec.notices(); m++) {
            var month = java.time.YearMonth.from(spec.edition()).plusMonths(m);
            String n = "notice-" + month + ".csv";
            Writer nw = SyntheticFiles.open(dir.resolve(n), options.noticeCharset());
            if (options.noticeLayout() == NoticeLayout.XPRESS_NOTICE) {
                CreatedAndDeletedRows patch = new CreatedAndDeletedRows(nw, 1);
                xpressPatches.add(patch);
                nw = patch;
            }
            notices.add(add(nw, RegisterWriters.notice(nw, options.noticeLayout(), month), new Manifest.File(n, "notice",
                    options.noticeLayout().id(), options.noticeCharset().name(), 0, month.toString(),
                    imports.notice(n, options.noticeLayout().id(), month))));
        }
        if (spec.election() != null) {
            String held = spec.election().held().toString();
            Charset u = StandardCharsets.UTF_8;
            Writer mw = SyntheticFiles.open(dir.resolve("marked-register.csv"), u);
            marked = add(mw, RegisterWriters.markedRegister(mw), new Manifest.File("marked-register.csv",
                    "marked-register", "marked", u.name(), 0, held, imports.election("marked-register.csv", "marked")));
            Writer aw = SyntheticFiles.open(dir.resolve("absent-voters.csv"), u);
            absent = add(aw, RegisterWriters.absentVoters(aw, false), new Manifest.File("absent-voters.csv",
                    "absent-voters", "absent-voters", u.name(), 0, held, imports.election("absent-voters.csv", "absent-voters")));
            Writer pw = SyntheticFiles.open(dir.resolve("marked-postal.csv"), u);
            postal = add(pw, RegisterWriters.absentVoters(pw, true), new Manifest.File("marked-postal.csv",
                    "marked-postal", "marked-postal", u.name(), 0, held, imports.election("marked-postal.csv", "marked-postal")));
        } else {
            marked = null;
            absent = null;
            postal = null;
        }
        if (spec.nextEdition()) {
            String nn = "register-" + spec.nextEditionDate() + ".csv";
            Writer nw = SyntheticFiles.open(dir.resolve(nn), rc);
            next = add(nw, RegisterWriters.register(nw, options.layout()), new Manifest.File(nn, "register", layout,
                    rc.name(), 0, spec.nextEditionDate().toString(), imports.register(nn, layout, spec.nextEditionDate())));
            truthFile = SyntheticFiles.open(dir.resolve("truth-rollover.csv"), StandardCharsets.UTF_8);
            truth = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(truthFile);
            truth.writeRecord("person_key", "first_number", "next_number", "status");
        } else {
            next = null;
            truthFile = null;
            truth = null;
        }
    }

    private <T> Output<T> add(Writer file, RecordWriter<T> records, Manifest.File describe) {
        Output<T> o = new Output<>(file, records, describe);
        outputs.add(o);
        return o;
    }

    @Override
    public void firstEdition(RegisterEntry entry) {
        first.write(entry);
    }

    @Override
    public void nextEdition(RegisterEntry entry) {
        if (next != null) {
            next.write(entry);
        }
    }

    @Override
    public void notice(NoticeRow row) {
        boolean xpress = options.noticeLayout() == NoticeLayout.XPRESS_NOTICE;
        if (row.createdAndDeleted() && !xpress) {
            return; // only the Xpress notice can say "created and deleted"; elsewhere the row is nothing
        }
        if (xpress) {
            xpressPatches.get(row.notice() - 1).next(row.createdAndDeleted());
        }
        notices.get(row.notice() - 1).write(row.alteration());
    }

    @Override
    public void mark(ElectionMark mark) {
        marked.write(mark);
    }

    @Override
    public void absentVoter(AbsentVoter voter) {
        absent.write(voter);
        if (voter.kind() != AbsentVoter.Kind.PROXY) {
            postal.write(voter);
        }
    }

    @Override
    public void truth(RolloverTruth t) {
        if (truth != null) {
            truth.writeRecord(t.personKey(), t.first() == null ? "" : t.first().canonical(),
                    t.next() == null ? "" : t.next().canonical(), t.status().name().toLowerCase(java.util.Locale.ROOT));
            truthRows++;
        }
    }

    @Override
    public void progress(long firstEditionEntries) {
        progress.accept(firstEditionEntries);
    }

    /** The manifest lines, with row counts, in import order. */
    List<Manifest.File> files() {
        List<Manifest.File> out = new ArrayList<>();
        for (Output<?> o : outputs) {
            Manifest.File f = o.describe;
            out.add(new Manifest.File(f.file(), f.kind(), f.layout(), f.charset(), o.rows, f.date(), f.importCommand()));
        }
        if (truth != null) {
            out.add(new Manifest.File("truth-rollover.csv", "truth-rollover", null, "UTF-8", truthRows,
                    spec.nextEditionDate().toString(), null));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            for (Output<?> o : outputs) {
                o.records.close();
                o.file.close();
            }
            if (truth != null) {
                truth.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
