package org.bridgeway.referrals.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a panel's minutes as a tagged PDF (PDF/UA where the library allows): the minutes template as
 * XHTML, its own stylesheet, an embedded font (the Liberation Sans that ships inside PDFBox), the title as
 * document metadata and Bridgeway as producer.
 */
@Component
class MinutesPdf {

  static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  static final String FONT_FAMILY = "Liberation Sans";

  private final TemplateEngine templates;

  MinutesPdf(TemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(Minutes minutes) {
    String html = templates.process("panels/minutes-pdf", new Context(Locale.UK, Map.of("minutes", minutes)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT), FONT_FAMILY);
      builder.withHtmlContent(html, MinutesPdf.class.getResource("/pdf/").toExternalForm());
      builder.withProducer("Bridgeway");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("The minutes could not be written as a PDF", e);
    }
    return out.toByteArray();
  }
}
