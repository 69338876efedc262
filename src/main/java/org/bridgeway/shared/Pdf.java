package org.bridgeway.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes XHTML as a tagged PDF (PDF/UA where the library allows) with openhtmltopdf over PDFBox: the Liberation
 * Sans that ships inside PDFBox embedded as the font, stylesheets and images found under {@code /pdf/} on the
 * class path, and Bridgeway as the producer. The title and language come from the XHTML itself.
 */
public final class Pdf {

  /** The font embedded in every PDF, inside PDFBox's own jar. */
  public static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  /** The name the templates' stylesheets use for it. */
  public static final String FONT_FAMILY = "Liberation Sans";

  private Pdf() {}

  /**
   * The XHTML as a PDF.
   *
   * @param what what is being written, in words ("The plan"), for the message should it fail
   */
  public static byte[] render(String xhtml, String what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT), FONT_FAMILY);
      builder.withHtmlContent(xhtml, Pdf.class.getResource("/pdf/").toExternalForm());
      builder.withProducer("Bridgeway");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(what + " could not be written as a PDF", e);
    }
    return out.toByteArray();
  }
}
