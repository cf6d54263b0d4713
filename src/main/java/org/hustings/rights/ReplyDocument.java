package org.hustings.rights;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Renders what the rights station sends a person — the access reply ({@code rights/access-reply.peb})
 * and the letters ({@code rights/letter.peb}) — each from ONE template of well-formed XHTML: the
 * HTML view is the template's output as it is; the PDF is the same output laid out by
 * openhtmltopdf. Values are HTML-escaped by Pebble, so nothing from a data file can run.
 */
final class ReplyDocument {
    /**
     * DejaVu Sans, bundled (src/main/resources/fonts, with its licence): it covers Welsh, Irish and
     * other names beyond Latin-1 (ŵ, ŷ, Ł…), which the PDF's built-in Helvetica shows as '#'. It is
     * bundled rather than looked for on the system so a fresh machine renders the same PDF.
     */
    static final String FONT = "fonts/DejaVuSans.ttf";
    static final String FONT_BOLD = "fonts/DejaVuSans-Bold.ttf";
    static final String FAMILY = "DejaVu Sans";

    private final PebbleEngine engine;

    static {
        // openhtmltopdf logs its timings at INFO on every document it lays out, to stderr: a server rendering replies
        // would log a dozen lines per PDF. Its warnings and errors (a missing image, bad CSS) still show.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    ReplyDocument() {
        ClasspathLoader loader = new ClasspathLoader(ReplyDocument.class.getClassLoader());
        loader.setPrefix("rights/");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).defaultLocale(Locale.UK).build();
    }

    String html(AccessReply reply) {
        return html("access-reply", Map.of("reply", reply));
    }

    byte[] pdf(AccessReply reply) {
        return pdf(html(reply), "access reply");
    }

    String html(Letter letter) {
        return html("letter", Map.of("letter", letter));
    }

    byte[] pdf(Letter letter) {
        return pdf(html(letter), "letter");
    }

    private String html(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model, Locale.UK);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "The template rights/" + template + ".peb could not be rendered: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static byte[] pdf(String html, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font(FONT), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font(FONT_BOLD), FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "The " + what + " could not be laid out as a PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The bundled fonts' bytes, read from the classpath once per process, not once per document. */
    private static final Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static InputStream font(String resource) {
        byte[] bytes = FONTS.computeIfAbsent(resource, r -> {
            try (InputStream in = ReplyDocument.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IOException("The bundled font " + r + " is missing from the build.");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new java.io.ByteArrayInputStream(bytes);
    }
}
