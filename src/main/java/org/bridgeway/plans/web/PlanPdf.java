package org.bridgeway.plans.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.PlanContent;
import org.bridgeway.plans.PlanDraft;
import org.bridgeway.shared.Pdf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Writes a support plan as a tagged PDF (PDF/UA where the library allows) the person would be glad to keep: large
 * clear type ({@link Pdf}), headings a screen reader can move by, the title and
 * language as document metadata. A draft says so in its title, at the top and on every page.
 */
@Component
class PlanPdf {

  private final TemplateEngine templates;
  private final AuditTrail audit;

  PlanPdf(TemplateEngine templates, AuditTrail audit) {
    this.templates = templates;
    this.audit = audit;
  }

  /** The plan as a PDF download, audited against the person. */
  ResponseEntity<byte[]> download(CurrentUser user, @Nullable UUID personId, String name, PlanContent content,
      @Nullable AgreedPlan agreed, @Nullable PlanDraft draft) {
    String title = (agreed == null ? "Draft support plan of " : "Support plan of ") + name;
    byte[] body = render(title, name, content, agreed, draft);
    audit.record(user, user.alliance(), AuditAction.EXPORT, "SupportPlan", personId, personId,
        agreed == null ? "The draft plan as PDF" : "Version " + agreed.number() + " as PDF");
    String file = "support-plan-" + (agreed == null ? "draft" : "version-" + agreed.number()) + ".pdf";
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
        .body(body);
  }

  byte[] render(String title, String name, PlanContent content, @Nullable AgreedPlan agreed,
      @Nullable PlanDraft draft) {
    Map<String, Object> values = new HashMap<>();
    values.put("title", title);
    values.put("name", name);
    values.put("content", content);
    values.put("agreed", agreed);
    values.put("draft", draft);
    String html = templates.process("plans/plan-pdf", new Context(Locale.UK, values));
    return Pdf.render(html, "The plan");
  }
}
