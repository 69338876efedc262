package org.bridgeway.referrals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.people.People;
import org.bridgeway.referrals.ReferralLists;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.Referrals;
import org.bridgeway.referrals.Urgency;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Making a referral: find the person (or add them first), then say what is asked for and why. */
@Controller
class ReferPages {

  private final Referrals referrals;
  private final ReferralLists lists;
  private final People people;
  private final Services services;
  private final Organisations organisations;
  private final Clock clock;

  ReferPages(Referrals referrals, ReferralLists lists, People people, Services services,
      Organisations organisations, Clock clock) {
    this.referrals = referrals;
    this.lists = lists;
    this.people = people;
    this.services = services;
    this.organisations = organisations;
    this.clock = clock;
  }

  @GetMapping("/referrals/new")
  String start(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) UUID personId, @RequestParam(defaultValue = "0") int page, Model model) {
    if (personId == null) {
      model.addAttribute("q", q);
      model.addAttribute("results", people.find(user, q, page, 10));
      return "referrals/choose-person";
    }
    ReferralForm form = ReferralForm.startFor(personId, user.displayName(),
        lists.viewer(user).organisationId(), LocalDate.now(clock));
    return form(user, model, form, Map.of());
  }

  @PostMapping("/referrals")
  String refer(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ReferralForm form, Model model,
      RedirectAttributes redirect) {
    try {
      form.check(LocalDate.now(clock));
      UUID id = referrals.refer(user, form.command());
      redirect.addFlashAttribute("success", "Referral sent. We will show its progress here and in My referrals.");
      return "redirect:/referrals/" + id;
    } catch (InvalidInput | Refused e) {
      return form(user, model, form, PageErrors.of(e, "reason"));
    }
  }

  private String form(CurrentUser user, Model model, ReferralForm form, Map<String, String> errors) {
    UUID person = ReferralForm.uuid(form.personId());
    if (person == null) {
      return "redirect:/referrals/new";
    }
    model.addAttribute("person", people.identify(user, person));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("services", services.all(user.alliance()).stream()
        .filter(s -> s.kind() != ServiceKind.DROP_IN).toList());
    Map<String, String> sources = new LinkedHashMap<>();
    Arrays.stream(ReferralSource.values()).filter(s -> s != ReferralSource.SELF)
        .forEach(s -> sources.put(s.name(), s.label()));
    model.addAttribute("sources", sources);
    Map<String, String> partners = new LinkedHashMap<>();
    organisations.all(user.alliance()).forEach(o -> partners.put(o.id().toString(), o.name()));
    model.addAttribute("organisations", partners);
    model.addAttribute("urgencies", Urgency.values());
    return "referrals/form";
  }
}
