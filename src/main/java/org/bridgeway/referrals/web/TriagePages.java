package org.bridgeway.referrals.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.Triage;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage forms on a referral's page. Each sends the version it was shown; a step refused (or overtaken by
 * someone else's) shows the page again with the message, and nothing is changed.
 */
@Controller
class TriagePages {

  private final Triage triage;
  private final ReferralPages pages;

  TriagePages(Triage triage, ReferralPages pages) {
    this.triage = triage;
    this.pages = pages;
  }

  @PostMapping("/referrals/{id}/accept")
  String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute TriageForm form,
      Model model, RedirectAttributes redirect) {
    return step(user, id, form, model, redirect, "note", "Accepted for the panel",
        f -> triage.acceptForPanel(user, id, f.versionRead(), f.note()));
  }

  @PostMapping("/referrals/{id}/question")
  String ask(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute TriageForm form,
      Model model, RedirectAttributes redirect) {
    return step(user, id, form, model, redirect, "question", "Question sent to the referrer",
        f -> triage.askForMoreInformation(user, id, f.versionRead(), f.question()));
  }

  @PostMapping("/referrals/{id}/answer")
  String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute TriageForm form,
      Model model, RedirectAttributes redirect) {
    return step(user, id, form, model, redirect, "answer", "Answer sent; the referral is back with triage",
        f -> triage.answer(user, id, f.versionRead(), f.answer()));
  }

  @PostMapping("/referrals/{id}/signpost")
  String signpost(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute TriageForm form,
      Model model, RedirectAttributes redirect) {
    return step(user, id, form, model, redirect, "signpostReason", "Signposted elsewhere",
        f -> triage.signpost(user, id, f.versionRead(), f.signpostReason()));
  }

  @PostMapping("/referrals/{id}/decline")
  String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute TriageForm form,
      Model model, RedirectAttributes redirect) {
    return step(user, id, form, model, redirect, "declineDetail", "Referral declined",
        f -> triage.decline(user, id, f.versionRead(), ReferralForm.uuid(f.declineReasonId()), f.declineDetail()));
  }

  @PostMapping("/referrals/{id}/reopen")
  String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute TriageForm form,
      Model model, RedirectAttributes redirect) {
    return step(user, id, form, model, redirect, "reopenReason", "Referral re-opened",
        f -> triage.reopen(user, id, f.versionRead(), f.reopenReason()));
  }

  @PostMapping("/referrals/{id}/first-contact")
  String firstContact(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute TriageForm form, Model model, RedirectAttributes redirect) {
    return step(user, id, form, model, redirect, "firstContactOn", "First contact recorded",
        f -> triage.recordFirstContact(user, id, f.versionRead(), f.firstContactOn().orElseThrow(
            () -> new Refused("firstContactOn", "Enter the date of first contact as a real date, like 4 5 2026"))));
  }

  private String step(CurrentUser user, UUID id, TriageForm form, Model model, RedirectAttributes redirect,
      String reasonField, String done, Consumer<TriageForm> action) {
    try {
      action.accept(form);
      redirect.addFlashAttribute("success", done);
      return "redirect:/referrals/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      Map<String, String> errors = PageErrors.of(e, reasonField);
      pages.show(user, id, model, form, errors);
      return "referrals/referral";
    }
  }
}
