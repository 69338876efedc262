package org.bridgeway.money.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.money.RatePeriod;
import org.bridgeway.money.Rates;
import org.bridgeway.money.StayPackages;
import org.bridgeway.people.People;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's money view for administrators and managers: their stays with the service's rate and individual
 * package rates, and the forms to add a package rate and end one. Commissioners never see a named person's package.
 */
@Controller
class PackagePages {

  private final Rates rates;
  private final People people;
  private final Clock clock;

  PackagePages(Rates rates, People people, Clock clock) {
    this.rates = rates;
    this.people = people;
    this.clock = clock;
  }

  @GetMapping("/people/{id}/money")
  String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("stays", rates.packagesOf(user, id, LocalDate.now(clock)));
    model.addAttribute("person", people.read(user, id));
    return "money/person-money";
  }

  @GetMapping("/people/{id}/money/stays/{stayId}")
  String stay(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stayId,
      Model model) {
    return stay(user, id, stayId, PackageForm.empty(), Map.of(), model);
  }

  @PostMapping("/people/{id}/money/stays/{stayId}/packages")
  String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stayId,
      @ModelAttribute PackageForm form, Model model, RedirectAttributes redirect) {
    try {
      rates.setPackageRate(user, id, stayId, form.rate());
      redirect.addFlashAttribute("success", "Package rate added");
      return "redirect:/people/" + id + "/money/stays/" + stayId;
    } catch (InvalidInput | Refused e) {
      return stay(user, id, stayId, form, FormErrors.of(e), model);
    }
  }

  private String stay(CurrentUser user, UUID id, UUID stayId, PackageForm form, Map<String, String> errors,
      Model model) {
    model.addAttribute("stay", stayPackages(user, id, stayId));
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "money/stay-packages";
  }

  /** What the end form sends: the package's last day. */
  record EndForm(@Nullable String toDay, @Nullable String toMonth, @Nullable String toYear) {}

  @GetMapping("/people/{id}/money/stays/{stayId}/packages/{rateId}/end")
  String endForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stayId,
      @PathVariable UUID rateId, Model model) {
    return end(user, id, stayId, rateId, new EndForm(null, null, null), Map.of(), model);
  }

  @PostMapping("/people/{id}/money/stays/{stayId}/packages/{rateId}/end")
  String endPackage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stayId,
      @PathVariable UUID rateId, @ModelAttribute EndForm form, Model model, RedirectAttributes redirect) {
    try {
      LocalDate last = null;
      if (!DateParts.blank(form.toDay(), form.toMonth(), form.toYear())) {
        last = DateParts.parse(form.toDay(), form.toMonth(), form.toYear())
            .orElseThrow(() -> new Refused("to", "Enter a real date, like 31 3 2027"));
      }
      rates.endPackageRate(user, id, stayId, rateId, last);
      redirect.addFlashAttribute("success", "Package rate ended");
      return "redirect:/people/" + id + "/money/stays/" + stayId;
    } catch (InvalidInput | Refused e) {
      return end(user, id, stayId, rateId, form, FormErrors.of(e), model);
    }
  }

  private String end(CurrentUser user, UUID id, UUID stayId, UUID rateId, EndForm form, Map<String, String> errors,
      Model model) {
    StayPackages stay = stayPackages(user, id, stayId);
    RatePeriod rate = stay.packages().stream().filter(r -> r.id().equals(rateId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Package rate"));
    model.addAttribute("stay", stay);
    model.addAttribute("rate", rate);
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "money/package-end";
  }

  private StayPackages stayPackages(CurrentUser user, UUID id, UUID stayId) {
    return rates.packagesOf(user, id, LocalDate.now(clock)).stream().filter(p -> p.stay().id().equals(stayId))
        .findFirst().orElseThrow(() -> new RecordNotFound("Stay"));
  }
}
