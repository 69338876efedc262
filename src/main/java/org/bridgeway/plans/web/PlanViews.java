package org.bridgeway.plans.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.plans.AgreedPlan;
import org.bridgeway.plans.PlanComparison;
import org.bridgeway.plans.PlanContent;
import org.bridgeway.plans.PlanDraft;
import org.bridgeway.plans.Progress;
import org.bridgeway.plans.SupportPlan;
import org.bridgeway.plans.VersionSummary;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * The plan pages' models, shared by the worker's pages and the person's own: the same pages, with {@link Side}
 * saying whose they are, where they live and whose plan it is, so the person's pages can speak to them plainly.
 */
final class PlanViews {

  private PlanViews() {}

  /** Whose pages: the person's own ({@code mine}) or a worker's; where the plan's pages live; the person's name. */
  record Side(boolean mine, String base, String name, String back) {}

  static String plan(Model model, Side side, SupportPlan plan, Map<String, String> errors,
      @Nullable ProgressForm progress) {
    common(model, side, plan.today());
    model.addAttribute("plan", plan);
    model.addAttribute("errors", errors);
    model.addAttribute("progressForm", progress);
    model.addAttribute("progressOptions", progressOptions());
    return "plans/plan";
  }

  static String edit(Model model, Side side, SupportPlan plan, PlanForm form, Map<String, String> errors,
      @Nullable PlanComparison conflict) {
    common(model, side, plan.today());
    model.addAttribute("plan", plan);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("conflict", conflict);
    model.addAttribute("domains", PlanForm.domains());
    return "plans/edit";
  }

  /** Someone saved the draft first: their words beside the caller's, field by field, and the caller's kept. */
  static String conflict(Model model, Side side, SupportPlan now, PlanForm theirs, EditConflict e) {
    PlanComparison comparison;
    try {
      comparison = PlanComparison.between("As saved now", now.editable(), "Your changes", theirs.plan().tidied());
    } catch (InvalidInput invalid) {
      comparison = null;
    }
    return edit(model, side, now, theirs.atVersion(now.draftVersion()).withRoom(), FormErrors.of(e), comparison);
  }

  static String version(Model model, Side side, AgreedPlan plan, LocalDate today) {
    common(model, side, today);
    model.addAttribute("version", plan);
    return "plans/version";
  }

  static String draft(Model model, Side side, PlanDraft draft, LocalDate today) {
    common(model, side, today);
    model.addAttribute("draft", draft);
    return "plans/draft";
  }

  static String compare(Model model, Side side, SupportPlan plan, @Nullable String from, @Nullable String to,
      @Nullable PlanComparison comparison) {
    common(model, side, plan.today());
    Map<String, String> refs = new LinkedHashMap<>();
    if (plan.draft() != null) {
      refs.put("draft", "The draft");
    }
    for (VersionSummary v : plan.versions()) {
      refs.put(String.valueOf(v.number()), "Version " + v.number());
    }
    List<String> order = new ArrayList<>(refs.keySet());
    model.addAttribute("refs", refs);
    model.addAttribute("from", from != null ? from : order.size() > 1 ? order.get(1) : "");
    model.addAttribute("to", to != null ? to : order.isEmpty() ? "" : order.get(0));
    model.addAttribute("comparison", comparison);
    return "plans/compare";
  }

  static Map<String, String> progressOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    for (Progress p : Progress.values()) {
      options.put(p.name(), p.label());
    }
    return options;
  }

  private static void common(Model model, Side side, LocalDate today) {
    model.addAttribute("side", side);
    model.addAttribute("today", today);
    model.addAttribute("empty", PlanContent.empty());
  }
}
