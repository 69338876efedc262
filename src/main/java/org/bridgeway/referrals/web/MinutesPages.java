package org.bridgeway.referrals.web;

import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.referrals.Panels;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A panel's minutes, as a page to read or print and as a PDF. They name people, so each download is audited. */
@Controller
class MinutesPages {

  private final Panels panels;
  private final MinutesPdf pdf;
  private final AuditTrail audit;

  MinutesPages(Panels panels, MinutesPdf pdf, AuditTrail audit) {
    this.panels = panels;
    this.pdf = pdf;
    this.audit = audit;
  }

  @GetMapping("/panels/{id}/minutes")
  String minutes(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("minutes", Minutes.of(panels.view(user, id)));
    return "panels/minutes";
  }

  @GetMapping("/panels/{id}/minutes.pdf")
  ResponseEntity<byte[]> minutesPdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
    Minutes minutes = Minutes.of(panels.view(user, id));
    byte[] body = pdf.render(minutes);
    audit.record(user, user.alliance(), AuditAction.EXPORT, "PanelMeeting", id, null, "Minutes as PDF");
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("panel-minutes-" + minutes.meeting().meetsOn() + ".pdf").build().toString())
        .body(body);
  }
}
