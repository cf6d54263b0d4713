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
            builder.withHtmlContent(html(reply), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new HustingsException(ErrorCode.INTERNAL, "The access reply could not be laid out as a PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
