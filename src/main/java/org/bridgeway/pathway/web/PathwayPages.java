package org.bridgeway.pathway.web;

import org.bridgeway.shared.FormErrors;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Ladder;
import org.bridgeway.alliance.Ladders;
import org.bridgeway.alliance.ServiceRecord;
import org.bridgeway.alliance.Services;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Moves;
import org.bridgeway.pathway.Stay;
import org.bridgeway.pathway.Stays;
import org.bridgeway.people.People;
import org.bridgeway.shared.EditConflict;
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

/** A person's pathway: their stays as a timeline and a picture, recording a stay and ending one. */
@Controller
class PathwayPages {

  private final Stays stays;
  private final People people;
  private final Services services;
  private final Ladders ladders;
  private final Moves moves;

  PathwayPages(Stays stays, People people, Services services, Ladders ladders, Moves moves) {
    this.stays = stays;
    this.people = people;
    this.services = services;
    this.ladders = ladders;
    this.moves = moves;
  }

  /** One line of the timeline: the stay with its service's intended length in words. */
  record Line(Stay stay, String kind, @Nullable Integer level, long days, String intended, boolean overstaying) {}

  @GetMapping("/people/{id}/pathway")
  String pathway(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    LocalDate today = stays.today();
    List<Stay> all = stays.ofPerson(user, id);
    Map<UUID, ServiceRecord> byId = services.all(user.alliance()).stream()
        .collect(Collectors.toMap(ServiceRecord::id, Function.identity()));
    List<Line> lines = all.stream().map(s -> new Line(s, s.serviceKind().label(), s.ladderLevel(),
        s.lengthInDays(today), byId.containsKey(s.serviceId()) ? byId.get(s.serviceId()).intendedStayText() : "",
        s.open() && s.overstaying(today))).toList();
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("lines", lines);
    model.addAttribute("picture", PathwayPicture.of(all, ladders.of(user.alliance()), today));
    model.addAttribute("moves", moves.ofPerson(user, id));
    model.addAttribute("today", today);
    return "pathway/pathway";
  }

  @GetMapping("/people/{id}/pathway/stays/new")
  String newStay(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return stayForm(user, id, model, StayForm.startingOn(stays.today()), Map.of());
  }

  @PostMapping("/people/{id}/pathway/stays")
  String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute StayForm form,
      Model model, RedirectAttributes redirect) {
    try {
      NewStay stay = form.stay();
      stays.record(user, id, stay);
      redirect.addFlashAttribute("success", stay.ended() ? "Stay recorded as ended" : "Stay recorded");
      return "redirect:/people/" + id + "/pathway";
    } catch (InvalidInput | Refused e) {
      return stayForm(user, id, model, form, FormErrors.of(e, StayForm.NEW_STAY_NAMES));
    }
  }

  @GetMapping("/people/{id}/pathway/stays/{stayId}/end")
  String endForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stayId,
      Model model) {
    Stay stay = stays.get(user, id, stayId);
    if (!stay.open()) {
      throw new RecordNotFound("Open stay");
    }
    return endForm(user, id, model, stay, StayForm.endingOn(stays.today(), stay.version()), Map.of());
  }

  @PostMapping("/people/{id}/pathway/stays/{stayId}/end")
  String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stayId,
      @ModelAttribute StayForm form, Model model, RedirectAttributes redirect) {
    Stay stay = stays.get(user, id, stayId);
    try {
      stays.end(user, id, stayId, form.versionOr(stay.version()), form.end());
      redirect.addFlashAttribute("success", "The stay in " + stay.serviceName() + " has ended. It stays on record.");
      return "redirect:/people/" + id + "/pathway";
    } catch (InvalidInput | Refused | EditConflict e) {
      return endForm(user, id, model, stay, form, FormErrors.of(e));
    }
  }

  private String stayForm(CurrentUser user, UUID id, Model model, StayForm form, Map<String, String> errors) {
    Map<String, String> options = new LinkedHashMap<>();
    Ladder ladder = ladders.of(user.alliance());
    for (ServiceRecord s : services.all(user.alliance())) {
      options.put(s.id().toString(), s.name() + " (" + s.kind().label()
          + ladder.level(s.kind()).stream().mapToObj(l -> ", level " + l).findFirst().orElse("") + ")");
    }
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("serviceOptions", options);
    model.addAttribute("reasons", StayForm.reasons());
    return "pathway/stay-form";
  }

  private String endForm(CurrentUser user, UUID id, Model model, Stay stay, StayForm form,
      Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("stay", stay);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("reasons", StayForm.reasons());
    return "pathway/end-form";
  }
}
