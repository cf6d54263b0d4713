package org.hustings.synth;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ingest.register.NoticeLayout;
import org.hustings.ingest.register.RecordWriter;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.ingest.register.RegisterWriters;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/**
 * Run in a forked JVM with a small heap by {@link StreamingTest}: generates N electors with
 * every output, through the real writers, into null writers. With {@code retain} it also keeps
 * every entry, as a generator that was not streaming would, to show the heap limit bites.
 */
public final class StreamingProbe {
    private StreamingProbe() {
    }

    public static void main(String[] args) {
        long n = Long.parseLong(args[0]);
        boolean retain = args.length > 1 && args[1].equals("retain");
        SynthSpec spec = SynthSpec.of(11, n, SynthSpec.districtsFor(n)).withNotices(2).withNextEdition(true)
                .withElection(new PastElection("UK Parliamentary general election", LocalDate.of(2025, 7, 3)));
        Writer nul = Writer.nullWriter();
        RecordWriter<RegisterEntry> first = RegisterWriters.register(nul, RegisterLayout.XPRESS);
        RecordWriter<RegisterEntry> next = RegisterWriters.register(nul, RegisterLayout.HALAROSE);
        RecordWriter<Alteration> notice = RegisterWriters.notice(nul, NoticeLayout.IDOX_NOTICE, java.time.YearMonth.of(2025, 1));
        RecordWriter<ElectionMark> marked = RegisterWriters.markedRegister(nul);
        RecordWriter<AbsentVoter> absent = RegisterWriters.absentVoters(nul, false);
        List<RegisterEntry> kept = new ArrayList<>();
        long[] count = new long[2];
        SyntheticConstituency.generate(spec, new SyntheticSink() {
            @Override
            public void firstEdition(RegisterEntry e) {
                first.write(e);
                count[0]++;
                if (retain) {
                    kept.add(e);
                }
            }

            @Override
            public void nextEdition(RegisterEntry e) {
                next.write(e);
                count[1]++;
            }

            @Override
            public void notice(NoticeRow row) {
                notice.write(row.alteration());
            }

            @Override
            public void mark(ElectionMark m) {
                marked.write(m);
            }

            @Override
            public void absentVoter(AbsentVoter v) {
                absent.write(v);
            }
        });
        System.out.println("first=" + count[0] + " next=" + count[1] + " kept=" + kept.size());
    }
}
