package org.bridgeway.outcomes.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.outcomes.Instrument;
import org.bridgeway.outcomes.OutcomeResponse;
import org.bridgeway.outcomes.Outcomes;
import org.bridgeway.people.People;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
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

/** A person's outcomes as their workers see them: scores and charts, recording answers with them, voiding. */
@Controller
class OutcomePages {

  private final Outcomes outcomes;
  private final People people;

  OutcomePages(Outcomes outcomes, People people) {
    this.outcomes = outcomes;
    this.people = people;
  }

  @GetMapping("/people/{id}/outcomes")
  String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    List<OutcomeResponse> responses = outcomes.responses(user, id);
    return show(model, side(user, id), outcomes.instruments(user), responses);
  }

  static String show(Model model, Side side, List<Instrument> library, List<OutcomeResponse> responses) {
    model.addAttribute("side", side);
    model.addAttribute("progress", Progress.of(library, responses));
    model.addAttribute("responses", responses.stream()
        .sorted(Comparator.comparing(OutcomeResponse::answeredOn).reversed()).toList());
    model.addAttribute("instruments", library);
    return "outcomes/person";
  }

  @GetMapping("/people/{id}/outcomes/new")
  String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam(defaultValue = "DIALOG") String instrument, Model model) {
    Side side = side(user, id);
    outcomes.responses(user, id);
    return form(model, side, outcomes.instrument(user, instrument), AnswerForm.empty(), Map.of());
  }

  static String form(Model model, Side side, Instrument instrument, AnswerForm form, Map<String, String> errors) {
    model.addAttribute("side", side);
    model.addAttribute("instrument", instrument);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "outcomes/answer";
  }

  @PostMapping("/people/{id}/outcomes")
  String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam(defaultValue = "DIALOG") String instrument, @RequestParam Map<String, String> sent, Model model,
      RedirectAttributes redirect) {
    Instrument chosen = outcomes.instrument(user, instrument);
    AnswerForm form = new AnswerForm(sent);
    try {
      UUID response = outcomes.record(user, id, instrument, form.response(chosen));
      redirect.addFlashAttribute("success", chosen.name() + " answers saved and scored.");
      return "redirect:/people/" + id + "/outcomes/responses/" + response;
    } catch (InvalidInput | Refused e) {
      return form(model, side(user, id), chosen, form, FormErrors.of(e, AnswerForm.fieldNames(chosen)));
    }
  }

  @GetMapping("/people/{id}/outcomes/responses/{responseId}")
  String response(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID responseId,
      Model model) {
    return response(model, user, id, responseId, Map.of());
  }

  private String response(Model model, CurrentUser user, UUID id, UUID responseId, Map<String, String> errors) {
    OutcomeResponse response = outcomes.response(user, id, responseId);
    model.addAttribute("side", side(user, id));
    model.addAttribute("response", response);
    model.addAttribute("instrument", outcomes.instrument(user, response.instrumentCode()));
    model.addAttribute("errors", errors);
    model.addAttribute("form", Map.of());
    return "outcomes/response";
  }

  @PostMapping("/people/{id}/outcomes/responses/{responseId}/void")
  String voidResponse(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID responseId, @RequestParam(defaultValue = "") String reason, Model model,
      RedirectAttributes redirect) {
    try {
      outcomes.voidResponse(user, id, responseId, reason);
      redirect.addFlashAttribute("success", "The answers are voided. They are kept, with your reason, but no "
          + "longer count.");
      return "redirect:/people/" + id + "/outcomes/responses/" + responseId;
    } catch (Refused e) {
      return response(model, user, id, responseId, FormErrors.of(e));
    }
  }

  @GetMapping("/people/{id}/outcomes/charts/{code}/items.svg")
  ResponseEntity<byte[]> itemsChart(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable String code) {
    Side side = side(user, id);
    return org.bridgeway.shared.Charts.response(OutcomeCharts.items(
        Progress.one(outcomes.instrument(user, code), outcomes.responses(user, id)), side.name()));
  }

  @GetMapping("/people/{id}/outcomes/charts/{code}/scores.svg")
  ResponseEntity<byte[]> scoresChart(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable String code) {
    Side side = side(user, id);
    return org.bridgeway.shared.Charts.response(OutcomeCharts.scores(
        Progress.one(outcomes.instrument(user, code), outcomes.responses(user, id)), side.name()));
  }

  private Side side(CurrentUser user, UUID id) {
    people.requireAccess(user, id);
    return new Side(false, "/people/" + id + "/outcomes", people.identify(user, id).displayName(),
        "/people/" + id);
  }
}
