package org.hustings.ingest.register;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hustings.ingest.RecordReader;
import org.hustings.register.AbsentVoter;
import org.hustings.register.Alteration;
import org.hustings.register.ElectionMark;
import org.hustings.register.RegisterEntry;

/**
 * Reads the register files EROs supply, each layout detected from its header
 * (docs/register-layouts.md). Readers stream, never throw for bad data (every bad row is a
 * {@link org.hustings.ingest.Problem}), and throw {@link org.hustings.HustingsException} with
 * {@link org.hustings.ErrorCode#BAD_INPUT} only when the file cannot be read at all.
 */
public final class RegisterReaders {
    private RegisterReaders() {
    }

    /** A full register: xpress, xpress-name, idox, halarose or rollno. */
    public static RecordReader<RegisterEntry> register() {
        List<TableLayout<RegisterEntry>> layouts = new ArrayList<>();
        for (RegisterLayout l : RegisterLayout.values()) {
            EntryMapping m = EntryMapping.of(l);
            layouts.add(new TableLayout<>(l.id(), l.header(), (h, pre) -> new EntryParser(m, h, new ElectorNumberSet())::parse));
        }
        return new TableReader<>("register", layouts, null);
    }

    /**
     * A full register in any CSV, described by a {@code .properties} mapping file.
     *
     * @throws org.hustings.HustingsException BAD_INPUT listing every fault in the mapping file
     */
    public static RecordReader<RegisterEntry> register(Path mappingFile) {
        return GenericMapping.reader(mappingFile);
    }

    /** A monthly notice of alteration: xpress-notice, idox-notice, halarose-notice or changetype-notice. */
    public static RecordReader<Alteration> notices() {
        return new NoticeReader();
    }

    /** A marked register ({@code marked}). Supplied for electoral or research purposes only (RPR 2001 reg 117). */
    public static RecordReader<ElectionMark> markedRegister() {
        return new TableReader<>("marked register", ElectionListParsers.marked(), null);
    }

    /** An absent-voter list ({@code absent-voters}) or a marked postal voters list ({@code marked-postal}). */
    public static RecordReader<AbsentVoter> absentVoters() {
        return new TableReader<>("absent-voter list", ElectionListParsers.absent(), null);
    }
}
