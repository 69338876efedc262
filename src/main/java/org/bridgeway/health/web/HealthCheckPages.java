package org.bridgeway.health.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.health.AlcoholStatus;
import org.bridgeway.health.CheckHistory;
import org.bridgeway.health.Element;
import org.bridgeway.health.HealthChecks;
import org.bridgeway.health.HealthFigures;
import org.bridgeway.health.HealthRules;
import org.bridgeway.health.InterventionKind;
import org.bridgeway.health.Outcome;
import org.bridgeway.health.Response;
import org.bridgeway.health.Smoking;
import org.bridgeway.people.People;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.FormPosts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's health checks for their workers, and the list of checks due. */
@Controller
class HealthCheckPages {

  private final HealthChecks checks;
  private final HealthFigures figures;
  private final People people;

  HealthCheckPages(HealthChecks checks, HealthFigures figures, People people) {
    this.checks = checks;
    this.figures = figures;
    this.people = people;
  }

  @GetMapping("/health-checks")
  String due(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("due", figures.due(user));
    model.addAttribute("weeks", HealthRules.DUE_DAYS / 7);
    return "health/due";
  }

  @GetMapping("/people/{id}/health-checks")
  String history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("health", checks.history(user, id));
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("elements", Element.values());
    return "health/history";
  }

  @GetMapping("/people/{id}/health-checks/new")
  String newCheck(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return form(user, id, model, CheckForm.on(checks.today(), user.staffId()), Map.of(), null, null);
  }

  @PostMapping("/people/{id}/health-checks")
  String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam Map<String, String> sent, Model model, RedirectAttributes redirect) {
    CheckForm form = new CheckForm(sent);
    return FormPosts.submit(() -> "/people/" + id + "/health-checks/" + checks.record(user, id, form.check()),
        "Health check saved", redirect, e -> form(user, id, model, form, FormErrors.of(e), null, null));
  }

  @GetMapping("/people/{id}/health-checks/{checkId}")
  String check(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID checkId,
      Model model) {
    return check(user, id, model, checks.get(user, id, checkId), Map.of(), "");
  }

  @GetMapping("/people/{id}/health-checks/{checkId}/amend")
  String amendForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID checkId,
      Model model) {
    CheckHistory history = checks.get(user, id, checkId);
    return form(user, id, model, CheckForm.of(history.check()), Map.of(), checkId, history.check().version());
  }

  @PostMapping("/people/{id}/health-checks/{checkId}/amend")
  String amend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID checkId,
      @RequestParam Map<String, String> sent, @RequestParam(defaultValue = "-1") int version, Model model,
      RedirectAttributes redirect) {
    CheckForm form = new CheckForm(sent);
    return FormPosts.submit(() -> checks.amend(user, id, checkId, version, form.check(), form.reason()),
        "/people/" + id + "/health-checks/" + checkId,
        "Health check amended. What it said before stays in its history.", redirect, e -> {
          int current = checks.get(user, id, checkId).check().version();
          return form(user, id, model, form, FormErrors.of(e), checkId, e instanceof EditConflict ? current : version);
        });
  }

  @PostMapping("/people/{id}/health-checks/{checkId}/void")
  String voidCheck(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID checkId,
      @RequestParam(required = false) @Nullable String voidReason, Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> checks.voidCheck(user, id, checkId, voidReason),
        "/people/" + id + "/health-checks/" + checkId,
        "Health check voided. It stays on the record, marked as voided.", redirect,
        e -> check(user, id, model, checks.get(user, id, checkId), FormErrors.of(e), voidReason));
  }

  private String form(CurrentUser user, UUID id, Model model, CheckForm form, Map<String, String> errors,
      @Nullable UUID checkId, @Nullable Integer version) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("form", form.fields());
    model.addAttribute("errors", errors);
    model.addAttribute("checkId", checkId);
    model.addAttribute("version", version);
    model.addAttribute("element", Arrays.stream(Element.values())
        .collect(Collectors.toMap(Element::name, e -> e)));
    model.addAttribute("staffOptions", staffOptions(user));
    model.addAttribute("outcomes", options(Outcome.values(), Outcome::label));
    model.addAttribute("alcoholStatuses", options(AlcoholStatus.values(), AlcoholStatus::label));
    model.addAttribute("smokingStatuses", options(Smoking.values(), Smoking::label));
    model.addAttribute("responses", options(Response.values(), Response::label));
    model.addAttribute("interventionKinds", InterventionKind.values());
    return "health/form";
  }

  private String check(CurrentUser user, UUID id, Model model, CheckHistory history, Map<String, String> errors,
      @Nullable String voidReason) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("check", history.check());
    model.addAttribute("changes", history.changes());
    model.addAttribute("elements", Element.values());
    model.addAttribute("errors", errors);
    model.addAttribute("form", Map.of("voidReason", voidReason == null ? "" : voidReason));
    return "health/check";
  }

  /** The alliance's staff on contract today, by name, for who did the check. */
  private Map<String, String> staffOptions(CurrentUser user) {
    Map<String, String> options = new LinkedHashMap<>();
    checks.staffOnContract(user).forEach(m -> options.put(m.id().toString(), m.fullName()
        + (m.jobTitle() == null ? "" : ", " + m.jobTitle())));
    return options;
  }

  static <T extends Enum<T>> Map<String, String> options(T[] values, Function<T, String> label) {
    Map<String, String> options = new LinkedHashMap<>();
    Arrays.stream(values).forEach(v -> options.put(v.name(), label.apply(v)));
    return options;
  }
}
