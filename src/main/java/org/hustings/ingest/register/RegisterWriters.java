package org.hustings.ingest.register;

import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/**
 * Writes register files in the layouts of docs/register-layouts.md — used by the synthetic
 * generator and by tests; what is written here the {@link RegisterReaders} read back.
 * The caller supplies the {@link Writer} and so the character set (UTF-8 or windows-1252; a name
 * windows-1252 cannot hold, such as "Łukasz", is written as the JDK's replacement {@code ?}), and
 * keeps it: closing a {@link RecordWriter} flushes, the caller closes its writer.
 */
public final class RegisterWriters {
    private RegisterWriters() {
    }

    /** A full register: header, then one row per entry. */
    public static RecordWriter<RegisterEntry> register(Writer out, RegisterLayout layout) {
        return new CsvRecordWriter<>(out, List.of(), layout.header(), e -> EntryCells.of(layout, e));
    }

    /** A monthly notice of alteration for {@code month}. */
    public static RecordWriter<Alteration> notice(Writer out, NoticeLayout layout, YearMonth month) {
        NoticeCells cells = new NoticeCells(layout, month);
        List<String> preamble = layout == NoticeLayout.HALAROSE_NOTICE
                ? List.of(NoticeCells.halarosePreamble(month)) : List.of();
        return new CsvRecordWriter<>(out, preamble, layout.header(), cells::of);
    }

    /** A marked register ({@code marked}): {@code Elector Number, Mark} with V, PV or blank. */
    public static RecordWriter<ElectionMark> markedRegister(Writer out) {
        return new CsvRecordWriter<>(out, List.of(), ElectionListLayout.MARKED.header(), m -> new String[] {
            m.number().canonical(),
            switch (m.mark()) {
                case IN_PERSON -> "V";
                case POSTAL -> "PV";
                case NOT_VOTED -> "";
            }});
    }

    /**
     * An absent-voter list: {@code absent-voters} ({@code Elector Number, Type, Proxy Name}), or with
     * {@code markedPostal} the marked postal list {@code marked-postal} ({@code ElectorNo, PVSStatus,
     * Type}: 1 returned, 0 not; only postal and postal-proxy voters can be on it).
     */
    public static RecordWriter<AbsentVoter> absentVoters(Writer out, boolean markedPostal) {
        if (markedPostal) {
            return new CsvRecordWriter<>(out, List.of(), ElectionListLayout.MARKED_POSTAL.header(), v -> {
                if (v.kind() == AbsentVoter.Kind.PROXY) {
                    throw new IllegalArgumentException("a marked postal list holds postal voters only; "
                            + v.number() + " is a proxy voter");
                }
                return new String[] {v.number().canonical(), Boolean.TRUE.equals(v.returned()) ? "1" : "0",
                    v.kind() == AbsentVoter.Kind.POSTAL ? "Postal" : "PostalProxy"};
            });
        }
        return new CsvRecordWriter<>(out, List.of(), ElectionListLayout.ABSENT_VOTERS.header(), v -> new String[] {
            v.number().canonical(), ElectionListLayout.typeName(v.kind()), EntryCells.text(v.proxyName())});
    }
}
