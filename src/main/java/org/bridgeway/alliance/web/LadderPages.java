package org.bridgeway.alliance.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alliance's pathway ladder: each kind of setting with its level, and the form to change the levels. */
@Controller
class LadderPages {

  private final Ladders ladders;

  LadderPages(Ladders ladders) {
    this.ladders = ladders;
  }

  /** One kind on the ladder as it stands. */
  record Step(ServiceKind kind, int level) {}

  @GetMapping("/admin/ladder")
  String ladder(@AuthenticationPrincipal CurrentUser user, Model model) {
    Ladder ladder = ladders.of(user.alliance());
    Map<String, String> form = new LinkedHashMap<>();
    ladder.kinds().forEach(kind -> form.put(kind.name(), String.valueOf(ladder.level(kind).getAsInt())));
    return page(model, ladder, form, Map.of(), ladder.version());
  }

  @PostMapping("/admin/ladder")
  String change(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> typed, Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    ServiceKind.ladder().forEach(kind -> form.put(kind.name(), typed.getOrDefault(kind.name(), "")));
    Integer version = number(typed.get("version"));
    try {
      List<String> moves = ladders.change(user, levels(form), Api.version(version));
      redirect.addFlashAttribute("success", moves.isEmpty() ? "No level changed"
          : "Ladder saved. " + String.join(". ", moves) + ".");
      return "redirect:/admin/ladder";
    } catch (InvalidInput | EditConflict e) {
      Ladder ladder = ladders.of(user.alliance());
      Integer shown = e instanceof EditConflict ? Integer.valueOf(ladder.version()) : version;
      return page(model, ladder, form, FormErrors.of(e), shown);
    }
  }

  /** The levels typed; a level that is not a whole number is refused together with the ladder's own problems. */
  private static Map<ServiceKind, Integer> levels(Map<String, String> form) {
    Map<ServiceKind, Integer> levels = new EnumMap<>(ServiceKind.class);
    List<FieldProblem> problems = new ArrayList<>();
    for (ServiceKind kind : ServiceKind.ladder()) {
      String text = form.get(kind.name()).trim();
      Integer level = number(text);
      if (level != null) {
        levels.put(kind, level);
      } else if (!text.isEmpty()) {
        problems.add(new FieldProblem(kind.name(), "Enter the level of " + kind.label().toLowerCase()
            + " as a whole number from 1 to 20"));
      }
    }
    if (!problems.isEmpty()) {
      List<String> reported = problems.stream().map(FieldProblem::field).toList();
      Ladder.problems(levels).stream().filter(p -> !reported.contains(p.field())).forEach(problems::add);
      throw new InvalidInput(problems);
    }
    return levels;
  }

  private String page(Model model, Ladder ladder, Map<String, String> form, Map<String, String> errors,
      @Nullable Integer version) {
    List<ServiceKind> order = ladder.kinds();
    Map<String, String> ordered = new LinkedHashMap<>();
    errors.entrySet().stream()
        .sorted((a, b) -> Integer.compare(position(order, a.getKey()), position(order, b.getKey())))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    model.addAttribute("steps", order.stream().map(k -> new Step(k, ladder.level(k).getAsInt())).toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", ordered);
    model.addAttribute("version", version);
    return "admin/ladder";
  }

  private static int position(List<ServiceKind> order, String field) {
    return order.stream().map(ServiceKind::name).toList().indexOf(field);
  }

  private static @Nullable Integer number(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
