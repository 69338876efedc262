package org.bridgeway.referrals.web;

import java.util.Locale;
import java.util.Map;
import org.bridgeway.shared.Pdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a panel's minutes as a tagged PDF with {@link Pdf}: the minutes template as XHTML, with its own
 * stylesheet and the title as document metadata.
 */
@Component
class MinutesPdf {

  private final TemplateEngine templates;

  MinutesPdf(TemplateEngine templates) {
    this.templates = templates;
  }

  byte[] render(Minutes minutes) {
    String html = templates.process("panels/minutes-pdf", new Context(Locale.UK, Map.of("minutes", minutes)));
    return Pdf.render(html, "The minutes");
  }
}
