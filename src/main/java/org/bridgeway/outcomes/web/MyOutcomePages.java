package org.bridgeway.outcomes.web;

import java.util.Map;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.MyOutcomes;
import org.bridgeway.shared.Charts;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own outcomes, in plain words: how they rate their life and care, filled in by them. */
@Controller
class MyOutcomePages {

  private final MyOutcomes mine;

  MyOutcomePages(MyOutcomes mine) {
    this.mine = mine;
  }

  @GetMapping("/me/outcomes")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    return OutcomePages.show(model, side(user), mine.instruments(user), mine.mine(user));
  }

  @GetMapping("/me/outcomes/new")
  String answer(@AuthenticationPrincipal CurrentUser user, Model model) {
    return OutcomePages.form(model, side(user), mine.dialog(user), AnswerForm.empty(), Map.of());
  }

  @PostMapping("/me/outcomes")
  String record(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> sent, Model model,
      RedirectAttributes redirect) {
    Instrument dialog = mine.dialog(user);
    AnswerForm form = new AnswerForm(sent);
    try {
      mine.record(user, form.response(dialog));
      redirect.addFlashAttribute("success", "Thank you. Your answers are saved. You can see them below.");
      return "redirect:/me/outcomes";
    } catch (InvalidInput | Refused e) {
      return OutcomePages.form(model, side(user), dialog, form, FormErrors.of(e, AnswerForm.fieldNames(dialog)));
    }
  }

  @GetMapping("/me/outcomes/charts/{code}/items.svg")
  ResponseEntity<byte[]> itemsChart(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
    return Charts.response(OutcomeCharts.items(Progress.one(instrument(user, code), mine.mine(user)), "you"));
  }

  @GetMapping("/me/outcomes/charts/{code}/scores.svg")
  ResponseEntity<byte[]> scoresChart(@AuthenticationPrincipal CurrentUser user, @PathVariable String code) {
    return Charts.response(OutcomeCharts.scores(Progress.one(instrument(user, code), mine.mine(user)), "you"));
  }

  private Instrument instrument(CurrentUser user, String code) {
    return mine.instruments(user).stream().filter(i -> i.code().equals(code)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Instrument"));
  }

  private static Side side(CurrentUser user) {
    return new Side(true, "/me/outcomes", user.displayName(), "/");
  }

}
