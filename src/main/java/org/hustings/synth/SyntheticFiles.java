package org.hustings.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.register.NoticeLayout;
import org.hustings.ingest.register.RegisterLayout;

/**
 * Writes a generated constituency to a folder, through the register file writers of
 * {@code org.hustings.ingest.register}, in one walk: the first edition, the monthly notices,
 * the next edition and its rollover truth, the marked register, the absent-voter list and the
 * marked postal list, and {@code manifest.json} describing them.
 */
public final class SyntheticFiles {
    /** windows-1252, as the Xpress software writes its files. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SyntheticFiles() {
    }

    /**
     * How to write the files.
     *
     * @param layout       full-register layout of both editions
     * @param noticeLayout notice layout; null for the one that goes with {@code layout}
     * @param charset      character set of every register and notice file; null for what the vendor
     *                     uses (windows-1252 for the Xpress layouts and notices, UTF-8 otherwise)
     */
    public record Options(RegisterLayout layout, NoticeLayout noticeLayout, Charset charset) {
        public Options {
            if (layout == null) {
                throw new HustingsException(ErrorCode.BAD_REQUEST, "no register layout given");
            }
            if (noticeLayout == null) {
                noticeLayout = noticeLayoutFor(layout);
            }
        }

        public static Options of(RegisterLayout layout) {
            return new Options(layout, null, null);
        }

        Charset registerCharset() {
            return charset != null ? charset
                    : layout == RegisterLayout.XPRESS || layout == RegisterLayout.XPRESS_NAME ? WINDOWS_1252 : StandardCharsets.UTF_8;
        }

        Charset noticeCharset() {
            return charset != null ? charset
                    : noticeLayout == NoticeLayout.XPRESS_NOTICE || noticeLayout == NoticeLayout.CHANGETYPE_NOTICE
                    ? WINDOWS_1252 : StandardCharsets.UTF_8;
        }
    }

    /** The notice layout a vendor pairs with a register layout. */
    public static NoticeLayout noticeLayoutFor(RegisterLayout layout) {
        return switch (layout) {
            case XPRESS, XPRESS_NAME -> NoticeLayout.XPRESS_NOTICE;
            case IDOX -> NoticeLayout.IDOX_NOTICE;
            case HALAROSE -> NoticeLayout.HALAROSE_NOTICE;
            case ROLLNO -> NoticeLayout.CHANGETYPE_NOTICE;
        };
    }

    /**
     * Generates {@code spec} into {@code dir} (created if missing; files of the same names are
     * replaced) and returns the manifest, also written as {@code dir/manifest.json}.
     *
     * @param progress told the number of first-edition entries written so far, now and then
     */
    public static Manifest write(SynthSpec spec, Options options, Path dir, LongConsumer progress) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Could not create the folder " + dir + ": " + e.getMessage(), e);
        }
        FolderSink sink = new FolderSink(spec, options, dir, progress);
        try (sink) {
            SyntheticConstituency.generate(spec, sink);
        } catch (UncheckedIOException e) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "Could not write into " + dir + ": " + e.getCause().getMessage(), e);
        }
        List<String> districts = new ArrayList<>(spec.districts());
        for (int d = 0; d < spec.districts(); d++) {
            districts.add(DistrictPlan.code(d));
        }
        Manifest m = new Manifest(spec.seed(), spec.electors(), districts, spec.authorityCode(), spec.authorityName(),
                spec.edition().toString(), spec.nextEdition() ? spec.nextEditionDate().toString() : null,
                spec.election() == null ? null : spec.election().name(),
                spec.election() == null ? null : spec.election().held().toString(),
                GenerateLine.of(spec, options, dir), sink.files());
        m.write(dir.resolve(Manifest.NAME));
        return m;
    }

    /** A buffered writer that refuses characters the charset cannot hold rather than writing '?'. */
    static Writer open(Path file, Charset charset) {
        try {
            CharsetEncoder enc = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), enc), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
