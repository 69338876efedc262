package org.bridgeway.referrals.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Services;
import org.bridgeway.referrals.DeclineReasons;
import org.bridgeway.referrals.ReferralLists;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The referrals lists by status, the referrals I made, and one referral with its timeline. */
@Controller
class ReferralPages {

  static final int PAGE_SIZE = 25;

  private final ReferralLists lists;
  private final Services services;
  private final Organisations organisations;
  private final DeclineReasons declineReasons;
  private final Clock clock;

  ReferralPages(ReferralLists lists, Services services, Organisations organisations,
      DeclineReasons declineReasons, Clock clock) {
    this.lists = lists;
    this.services = services;
    this.organisations = organisations;
    this.declineReasons = declineReasons;
    this.clock = clock;
  }

  @GetMapping("/referrals")
  String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "received") String tab,
      @RequestParam(defaultValue = "0") int page, Model model) {
    ReferralTab current = ReferralTab.of(tab);
    model.addAttribute("tabs", ReferralTab.values());
    model.addAttribute("tab", current);
    model.addAttribute("referrals", lists.page(user, current.statuses(), page, PAGE_SIZE));
    model.addAttribute("today", LocalDate.now(clock));
    return "referrals/list";
  }

  @GetMapping("/referrals/mine")
  String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("referrals", lists.mine(user, page, PAGE_SIZE));
    return "referrals/mine";
  }

  @GetMapping("/referrals/{id}")
  String referral(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    show(user, id, model, TriageForm.blank(), Map.of());
    return "referrals/referral";
  }

  /** Fills the model for the referral page, with a triage form's values and errors when one was refused. */
  void show(CurrentUser user, UUID id, Model model, TriageForm form, Map<String, String> errors) {
    var opened = lists.open(user, id);
    model.addAttribute("opened", opened);
    model.addAttribute("moves", opened.referral().status().next().stream().map(Enum::name).toList());
    Map<UUID, String> names = new HashMap<>();
    services.all(user.alliance()).forEach(s -> names.put(s.id(), s.name() + " (" + s.organisationName() + ")"));
    organisations.all(user.alliance()).forEach(o -> names.put(o.id(), o.name()));
    model.addAttribute("names", names);
    model.addAttribute("declineReasons", declineReasons.active(user.alliance()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
  }
}
