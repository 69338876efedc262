package org.bridgeway.money.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.money.BudgetKind;
import org.bridgeway.money.BudgetView;
import org.bridgeway.money.PersonalBudgets;
import org.bridgeway.money.Spend;
import org.bridgeway.money.SpendCategory;
import org.bridgeway.people.People;
import org.bridgeway.shared.EditConflict;
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
 * A person's personal budgets, for the workers who may open their record: each budget with its balance, forecast
 * and spends, and the forms to add or change a budget, record a spend and void one. The person's own read-only
 * view is at {@code /me/budget}.
 */
@Controller
class PersonalBudgetPages {

  static final Map<String, String> KINDS = new LinkedHashMap<>();
  static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

  static {
    Arrays.stream(BudgetKind.values()).forEach(k -> KINDS.put(k.name(), k.label()));
    Arrays.stream(SpendCategory.values()).forEach(c -> CATEGORIES.put(c.name(), c.label()));
  }

  private final PersonalBudgets budgets;
  private final People people;

  PersonalBudgetPages(PersonalBudgets budgets, People people) {
    this.budgets = budgets;
    this.people = people;
  }

  @GetMapping("/people/{id}/budget")
  String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    model.addAttribute("budgets", budgets.of(user, id));
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("mayRecord", PersonalBudgets.mayRecord(user));
    return "money/person-budget";
  }

  @GetMapping("/people/{id}/budget/new")
  String newBudget(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return budgetForm(user, id, null, PersonalBudgetForm.empty(), Map.of(), model);
  }

  @PostMapping("/people/{id}/budget")
  String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute PersonalBudgetForm form,
      Model model, RedirectAttributes redirect) {
    try {
      budgets.add(user, id, form.budget());
      redirect.addFlashAttribute("success", "Personal budget added");
      return "redirect:/people/" + id + "/budget";
    } catch (InvalidInput | Refused e) {
      return budgetForm(user, id, null, form, FormErrors.of(e), model);
    }
  }

  @GetMapping("/people/{id}/budget/{budgetId}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID budgetId,
      Model model) {
    BudgetView view = budgets.get(user, id, budgetId);
    return budgetForm(user, id, view, PersonalBudgetForm.of(view.budget()), Map.of(), model);
  }

  @PostMapping("/people/{id}/budget/{budgetId}/edit")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID budgetId,
      @ModelAttribute PersonalBudgetForm form, Model model, RedirectAttributes redirect) {
    try {
      budgets.change(user, id, budgetId, form.version() == null ? -1 : form.version(), form.budget());
      redirect.addFlashAttribute("success", "Personal budget changed");
      return "redirect:/people/" + id + "/budget";
    } catch (InvalidInput | Refused e) {
      return budgetForm(user, id, budgets.get(user, id, budgetId), form, FormErrors.of(e), model);
    } catch (EditConflict e) {
      BudgetView latest = budgets.get(user, id, budgetId);
      return budgetForm(user, id, latest, PersonalBudgetForm.of(latest.budget()), Map.of("kind", e.getMessage()),
          model);
    }
  }

  private String budgetForm(CurrentUser user, UUID id, @Nullable BudgetView view, PersonalBudgetForm form,
      Map<String, String> errors, Model model) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("view", view);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", KINDS);
    return "money/budget-form";
  }

  @GetMapping("/people/{id}/budget/{budgetId}/spends/new")
  String newSpend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID budgetId,
      Model model) {
    return spendForm(user, id, budgetId, SpendForm.empty(), Map.of(), model);
  }

  @PostMapping("/people/{id}/budget/{budgetId}/spends")
  String spend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID budgetId,
      @ModelAttribute SpendForm form, Model model, RedirectAttributes redirect) {
    try {
      budgets.spend(user, id, budgetId, form.spend());
      redirect.addFlashAttribute("success", "Spend recorded");
      return "redirect:/people/" + id + "/budget";
    } catch (InvalidInput | Refused e) {
      return spendForm(user, id, budgetId, form, FormErrors.of(e), model);
    }
  }

  private String spendForm(CurrentUser user, UUID id, UUID budgetId, SpendForm form, Map<String, String> errors,
      Model model) {
    model.addAttribute("view", budgets.get(user, id, budgetId));
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("categories", CATEGORIES);
    return "money/spend-form";
  }

  /** What the void form sends. */
  record VoidForm(@Nullable String reason, @Nullable Integer version) {}

  @GetMapping("/people/{id}/budget/{budgetId}/spends/{spendId}/void")
  String voidForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID budgetId,
      @PathVariable UUID spendId, Model model) {
    return voidPage(user, id, budgetId, spendId, null, Map.of(), model);
  }

  @PostMapping("/people/{id}/budget/{budgetId}/spends/{spendId}/void")
  String voidSpend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID budgetId,
      @PathVariable UUID spendId, @ModelAttribute VoidForm form, Model model, RedirectAttributes redirect) {
    try {
      budgets.voidSpend(user, id, budgetId, spendId, form.version() == null ? -1 : form.version(), form.reason());
      redirect.addFlashAttribute("success", "Spend voided");
      return "redirect:/people/" + id + "/budget";
    } catch (InvalidInput | Refused | EditConflict e) {
      return voidPage(user, id, budgetId, spendId, form.reason(),
          e instanceof EditConflict ? Map.of("reason", e.getMessage()) : FormErrors.of(e), model);
    }
  }

  private String voidPage(CurrentUser user, UUID id, UUID budgetId, UUID spendId, @Nullable String reason,
      Map<String, String> errors, Model model) {
    BudgetView view = budgets.get(user, id, budgetId);
    Spend spend = view.spends().stream().filter(s -> s.id().equals(spendId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Spend"));
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("view", view);
    model.addAttribute("spend", spend);
    model.addAttribute("form", new VoidForm(reason, spend.version()));
    model.addAttribute("errors", errors);
    return "money/spend-void";
  }

  @GetMapping("/me/budget")
  String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("budgets", budgets.mine(user));
    return "money/my-budget";
  }
}
