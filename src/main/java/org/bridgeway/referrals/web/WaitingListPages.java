package org.bridgeway.referrals.web;

import org.bridgeway.shared.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.referrals.Panels;
import org.bridgeway.referrals.StaffChoices;
import org.bridgeway.referrals.WaitingListEntry;
import org.bridgeway.referrals.WaitingLists;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Who is waiting for which service, since when; managers offer a place to someone waiting. */
@Controller
class WaitingListPages {

  /** The form to offer a place: the key worker and when the place starts. */
  record OfferForm(String keyWorkerStaffId, String startDateDay, String startDateMonth, String startDateYear,
      Integer referralVersion) {}

  private final WaitingLists waitingLists;
  private final StaffChoices staff;
  private final Clock clock;

  WaitingListPages(WaitingLists waitingLists, StaffChoices staff, Clock clock) {
    this.waitingLists = waitingLists;
    this.staff = staff;
    this.clock = clock;
  }

  @GetMapping("/panels/waiting-lists")
  String lists(@AuthenticationPrincipal CurrentUser user, Model model) {
    Map<String, List<WaitingListEntry>> byService = new LinkedHashMap<>();
    waitingLists.all(user).forEach(e -> byService.computeIfAbsent(e.serviceName(), k -> new ArrayList<>()).add(e));
    model.addAttribute("byService", byService);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("manages", Panels.manages(user));
    return "panels/waiting-lists";
  }

  @GetMapping("/panels/waiting-lists/{id}/offer")
  String offerForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Panels.requireManager(user);
    WaitingListEntry entry = waitingLists.entry(user, id);
    LocalDate today = LocalDate.now(clock);
    return page(user, model, entry, new OfferForm(null, String.valueOf(today.getDayOfMonth()),
        String.valueOf(today.getMonthValue()), String.valueOf(today.getYear()), entry.referralVersion()), Map.of());
  }

  @PostMapping("/panels/waiting-lists/{id}/offer")
  String offer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute OfferForm form,
      Model model, RedirectAttributes redirect) {
    Panels.requireManager(user);
    WaitingListEntry entry = waitingLists.entry(user, id);
    try {
      List<FieldProblem> problems = new ArrayList<>();
      UUID keyWorker = PanelForms.id(problems, "keyWorkerStaffId", form.keyWorkerStaffId());
      LocalDate start = PanelForms.date(problems, "startDate", form.startDateDay(), form.startDateMonth(),
          form.startDateYear());
      if (!problems.isEmpty()) {
        throw new InvalidInput(problems);
      }
      int version = form.referralVersion() == null ? entry.referralVersion() : form.referralVersion();
      waitingLists.offerPlace(user, id, version, keyWorker, start);
      redirect.addFlashAttribute("success", entry.personName() + " has been offered a place at " + entry.serviceName());
      return "redirect:/panels/waiting-lists";
    } catch (InvalidInput | Refused | EditConflict e) {
      return page(user, model, entry, form, FormErrors.of(e));
    }
  }

  private String page(CurrentUser user, Model model, WaitingListEntry entry, OfferForm form,
      Map<String, String> errors) {
    model.addAttribute("entry", entry);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("staff", Choices.staff(staff.all(user.alliance())));
    return "panels/offer-form";
  }
}
