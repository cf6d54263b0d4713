package org.hustings.rights;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.hustings.ErrorCode;
import org.hustings.HustingsException;

/**
 * Renders an access reply from ONE template ({@code rights/access-reply.peb}, well-formed XHTML):
 * the HTML view is the template's output as it is; the PDF is the same output laid out by
 * openhtmltopdf. Values are HTML-escaped by Pebble, so nothing from a data file can run.
 */
final class ReplyDocument {
    /**
     * A font covering Welsh, Irish and other names beyond Latin-1 (ŵ, ŷ, Ł…), when the system has one;
     * otherwise the PDF falls back to the built-in Helvetica, which shows such letters as '#'.
     */
    static final java.nio.file.Path UNICODE_FONT = java.util.stream.Stream.of(
                    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
                    "/usr/share/fonts/dejavu/DejaVuSans.ttf", "/Library/Fonts/DejaVuSans.ttf")
            .map(java.nio.file.Path::of).filter(java.nio.file.Files::isReadable).findFirst().orElse(null);

    private final PebbleEngine engine;

    ReplyDocument() {
        ClasspathLoader loader = new ClasspathLoader(ReplyDocument.class.getClassLoader());
        loader.setPrefix("rights/");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(true).defaultLocale(Locale.UK).build();
    }

    String html(AccessReply reply) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate("access-reply").evaluate(out, Map.of("reply", reply), Locale.UK);
        } catch (IOException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "The access reply template could not be rendered: " + e.getMessage(), e);
        }
        return out.toString();
    }

    byte[] pdf(AccessReply reply) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (UNICODE_FONT != null) {
                builder.useFont(UNICODE_FONT.toFile(), "DejaVu Sans");
            }
            builder.withHtmlContent(html(reply), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "The access reply could not be laid out as a PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
