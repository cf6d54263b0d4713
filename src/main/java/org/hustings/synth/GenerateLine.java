package org.hustings.synth;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The command lines the manifest records: the {@code hustings generate} line that makes the
 * folder again, and for each file the {@code hustings import} line that loads it.
 */
final class GenerateLine {
    private final SynthSpec spec;

    GenerateLine(SynthSpec spec) {
        this.spec = spec;
    }

    static String of(SynthSpec spec, SyntheticFiles.Options options, Path dir) {
        StringBuilder b = new StringBuilder("hustings generate")
                .append(" --electors ").append(spec.electors())
                .append(" --seed ").append(spec.seed())
                .append(" --districts ").append(spec.districts())
                .append(" --layout ").append(options.layout().id())
                .append(" --notice-layout ").append(options.noticeLayout().id())
                .append(" --authority ").append(spec.authorityCode())
                .append(" --authority-name ").append(quote(spec.authorityName()))
                .append(" --edition ").append(spec.edition())
                .append(" --notices ").append(spec.notices());
        if (spec.nextEdition()) {
            b.append(" --next-edition");
        }
        if (spec.election() != null) {
            b.append(" --election ").append(quote(spec.election().name())).append(" --held ").append(spec.election().held());
        }
        if (options.charset() != null) {
            b.append(" --charset ").append(options.charset().name().toLowerCase(java.util.Locale.ROOT));
        }
        return b.append(" --out ").append(quote(dir.toString())).toString();
    }

    String register(String file, String layout, LocalDate edition) {
        return "hustings import register --authority " + spec.authorityCode()
                + " --authority-name " + quote(spec.authorityName()) + " --published " + edition + " " + quote(file);
    }

    String notice(String file, String layout, YearMonth month) {
        return "hustings import notice --authority " + spec.authorityCode() + " " + quote(file);
    }

    String election(String file, String layout) {
        String command = layout.equals("marked") ? "marked" : "absent";
        return "hustings import " + command + " --authority " + spec.authorityCode() + " --election "
                + quote(spec.election().name()) + " --held " + spec.election().held() + " " + quote(file);
    }

    /** Quotes for a POSIX shell when needed. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./:=-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\"'\"'") + "'";
    }
}
