package org.hustings.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;
import org.hustings.ingest.register.NoticeLayout;
import org.hustings.ingest.register.RegisterLayout;
import org.hustings.synth.Manifest;
import org.hustings.synth.PastElection;
import org.hustings.synth.SynthSpec;
import org.hustings.synth.SyntheticFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hustings generate}: a synthetic constituency's register files, deterministic by seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic electoral register (and its notices, next edition, marked register and "
                + "absent-voter lists) as the files an ERO supplies, plus manifest.json.",
            "Synthetic data only: no real person is in it. The same options and seed always give the same files."})
final class GenerateCommand implements Runnable {
    @Option(names = "--preset", paramLabel = "NAME",
            description = "Start from a preset; other options override it. 'demo': 75,000 electors, 8 districts, "
                    + "the 2024 general election's marked register and absent voters, 2 monthly notices.")
    String preset;
    @Option(names = "--electors", paramLabel = "N", description = "Electors on the register (default 75000).")
    Long electors;
    @Option(names = "--seed", paramLabel = "N", description = "Seed (default 42).")
    Long seed;
    @Option(names = "--districts", paramLabel = "N", description = "Polling districts (default: one per 2,500 electors).")
    Integer districts;
    @Option(names = "--layout", paramLabel = "LAYOUT", description = "Full-register layout: xpress, xpress-name, idox, halarose, rollno (default xpress).")
    String layout;
    @Option(names = "--notice-layout", paramLabel = "LAYOUT",
            description = "Notice layout: xpress-notice, idox-notice, halarose-notice, changetype-notice (default: the register layout's).")
    String noticeLayout;
    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into (created if missing).")
    Path out;
    @Option(names = "--authority", paramLabel = "CODE", description = "Local authority GSS code (default E07000223).")
    String authority;
    @Option(names = "--authority-name", paramLabel = "NAME", description = "Local authority name (default Adur).")
    String authorityName;
    @Option(names = "--edition", paramLabel = "DATE",
            description = "Publication date of the register (default 2024-12-01, or the 1 December before --held).")
    LocalDate edition;
    @Option(names = "--notices", paramLabel = "N", description = "Monthly notices of alteration after the edition, 0-11 (default 0).")
    Integer notices;
    @Option(names = "--next-edition", description = "Also write next year's edition, re-numbered, and truth-rollover.csv.")
    boolean nextEdition;
    @Option(names = "--election", paramLabel = "NAME", description = "A past election to write the marked register and absent voters of.")
    String election;
    @Option(names = "--held", paramLabel = "DATE", description = "Its polling day, e.g. 2024-07-04.")
    LocalDate held;
    @Option(names = "--charset", paramLabel = "CHARSET",
            description = "utf-8 or windows-1252 for register and notice files (default: windows-1252 for Xpress, UTF-8 otherwise).")
    String charset;

    @Override
    public void run() {
        SynthSpec spec = spec();
        SyntheticFiles.Options options = new SyntheticFiles.Options(registerLayout(), noticeLayout(), charset());
        long start = System.nanoTime();
        Manifest m;
        if (spec.electors() >= 100_000) {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Generating").setInitialMax(spec.electors())
                    .setUnit(" electors", 1).showSpeed().setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).build()) {
                m = SyntheticFiles.write(spec, options, out, bar::stepTo);
            }
        } else {
            m = SyntheticFiles.write(spec, options, out, n -> { });
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.UK, "Synthetic register of %,d electors in %d polling districts of %s (%s), seed %d, in %.1f s (%,.0f electors/s)%n",
                spec.electors(), spec.districts(), spec.authorityName(), spec.authorityCode(), spec.seed(), secs, spec.electors() / secs);
        for (Manifest.File f : m.files()) {
            System.out.printf(Locale.UK, "  %-28s %-16s %-18s %,10d rows  %s%n", f.file(), f.kind(),
                    f.layout() == null ? "" : f.layout(), f.rows(), f.charset());
        }
        System.out.println("Manifest: " + out.resolve(Manifest.NAME));
    }

    SynthSpec spec() {
        SynthSpec base;
        if (preset == null) {
            long n = electors == null ? 75_000 : electors;
            base = SynthSpec.of(42, n, districts == null ? SynthSpec.districtsFor(n) : districts);
        } else if (preset.equalsIgnoreCase("demo")) {
            base = SynthSpec.demo();
        } else {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "There is no preset '" + preset + "'; the presets are: demo");
        }
        if ((election == null) != (held == null)) {
            throw new HustingsException(ErrorCode.BAD_REQUEST, "--election and --held go together: give both or neither");
        }
        PastElection e = election == null ? base.election() : new PastElection(election, held);
        LocalDate ed = edition != null ? edition : e != null ? SynthSpec.editionBefore(e.held()) : base.edition();
        return new SynthSpec(seed == null ? base.seed() : seed,
                electors == null ? base.electors() : electors,
                districts == null ? base.districts() : districts,
                authority == null ? base.authorityCode() : authority,
                authorityName == null ? base.authorityName() : authorityName,
                ed, notices == null ? base.notices() : notices, nextEdition || base.nextEdition(), e);
    }

    private RegisterLayout registerLayout() {
        if (layout == null) {
            return RegisterLayout.XPRESS;
        }
        return Arrays.stream(RegisterLayout.values()).filter(l -> l.id().equalsIgnoreCase(layout)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "There is no register layout '" + layout
                        + "'; the layouts are: " + Arrays.stream(RegisterLayout.values()).map(RegisterLayout::id).collect(Collectors.joining(", "))));
    }

    private NoticeLayout noticeLayout() {
        if (noticeLayout == null) {
            return null;
        }
        return Arrays.stream(NoticeLayout.values()).filter(l -> l.id().equalsIgnoreCase(noticeLayout)).findFirst()
                .orElseThrow(() -> new HustingsException(ErrorCode.BAD_REQUEST, "There is no notice layout '" + noticeLayout
                        + "'; the layouts are: " + Arrays.stream(NoticeLayout.values()).map(NoticeLayout::id).collect(Collectors.joining(", "))));
    }

    private Charset charset() {
        if (charset == null) {
            return null;
        }
        return switch (charset.toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1252", "cp1252" -> SyntheticFiles.WINDOWS_1252;
            default -> throw new HustingsException(ErrorCode.BAD_REQUEST, "--charset must be utf-8 or windows-1252; got " + charset);
        };
    }
}
