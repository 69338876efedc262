package org.bridgeway.audit.web;

import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.audit.AuditTrail;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The alliance administrator's view of the audit trail, newest first, for everyone or for one person. Checking
 * that the whole trail is intact reads every entry, so it is done when the administrator asks for it.
 */
@Controller
class AuditTrailController {

  static final int PAGE_SIZE = 50;

  private final AuditTrail audit;

  AuditTrailController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping("/admin/audit")
  String trail(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable UUID person,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean check, Model model) {
    model.addAttribute("trail", audit.page(user.alliance(), person, Math.max(0, page), PAGE_SIZE));
    model.addAttribute("person", person);
    if (check) {
      model.addAttribute("intact", audit.intact(user.alliance()));
    }
    return "audit/trail";
  }
}
