package org.bridgeway.referrals.web;

import org.bridgeway.shared.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.referrals.PanelMeetingView;
import org.bridgeway.referrals.Panels;
import org.bridgeway.referrals.StaffChoices;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel's pages: the meetings, scheduling one (administrators and managers only, others get 403), and a
 * meeting with its agenda, who is present, decisions and actions.
 */
@Controller
class PanelPages {

  private final Panels panels;
  private final Organisations organisations;
  private final StaffChoices staff;
  private final Clock clock;

  PanelPages(Panels panels, Organisations organisations, StaffChoices staff, Clock clock) {
    this.panels = panels;
    this.organisations = organisations;
    this.staff = staff;
    this.clock = clock;
  }

  @GetMapping("/panels")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("upcoming", panels.upcoming(user));
    model.addAttribute("past", panels.past(user));
    model.addAttribute("manages", Panels.manages(user));
    return "panels/list";
  }

  @GetMapping("/panels/new")
  String newMeeting(@AuthenticationPrincipal CurrentUser user, Model model) {
    Panels.requireManager(user);
    return meetingForm(model, MeetingForm.blank(), Map.of());
  }

  @PostMapping("/panels")
  String schedule(@AuthenticationPrincipal CurrentUser user, @ModelAttribute MeetingForm form, Model model,
      RedirectAttributes redirect) {
    Panels.requireManager(user);
    try {
      UUID id = panels.schedule(user, form.meeting(LocalDate.now(clock)));
      redirect.addFlashAttribute("success", "Panel meeting scheduled");
      return "redirect:/panels/" + id;
    } catch (InvalidInput | Refused e) {
      return meetingForm(model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/panels/{id}")
  String meeting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return meetingPage(user, id, model, AttendeeForm.blank(), Map.of(), ActionForm.blank(), Map.of());
  }

  @PostMapping("/panels/{id}/attendees")
  String present(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute AttendeeForm form,
      Model model, RedirectAttributes redirect) {
    try {
      panels.recordAttendance(user, id, form.attendee());
      redirect.addFlashAttribute("success", "Attendance recorded");
      return "redirect:/panels/" + id + "#present";
    } catch (InvalidInput | Refused e) {
      return meetingPage(user, id, model, form, FormErrors.of(e), ActionForm.blank(), Map.of());
    }
  }

  @PostMapping("/panels/{id}/actions")
  String addAction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute ActionForm form,
      Model model, RedirectAttributes redirect) {
    try {
      panels.addAction(user, id, form.command());
      redirect.addFlashAttribute("success", "Action added");
      return "redirect:/panels/" + id + "#actions";
    } catch (InvalidInput | Refused e) {
      return meetingPage(user, id, model, AttendeeForm.blank(), Map.of(), form, FormErrors.of(e));
    }
  }

  @PostMapping("/panels/{id}/actions/{actionId}/done")
  String actionDone(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID actionId,
      RedirectAttributes redirect) {
    panels.markActionDone(user, id, actionId);
    redirect.addFlashAttribute("success", "Action marked as done");
    return "redirect:/panels/" + id + "#actions";
  }

  private String meetingPage(CurrentUser user, UUID id, Model model, AttendeeForm attendee,
      Map<String, String> attendeeErrors, ActionForm action, Map<String, String> actionErrors) {
    PanelMeetingView view = panels.view(user, id);
    Map<String, String> referrals = new LinkedHashMap<>();
    view.agenda().forEach(item -> referrals.put(item.referralId().toString(), item.personName()));
    view.decisions().forEach(d -> referrals.put(d.referralId().toString(), d.personName()));
    model.addAttribute("view", view);
    model.addAttribute("meeting", view.meeting());
    model.addAttribute("attendeeForm", attendee);
    model.addAttribute("attendeeErrors", attendeeErrors);
    model.addAttribute("actionForm", action);
    model.addAttribute("actionErrors", actionErrors);
    model.addAttribute("errors", attendeeErrors.isEmpty() ? actionErrors : attendeeErrors);
    model.addAttribute("referralOptions", referrals);
    model.addAttribute("organisations", Choices.organisations(organisations.all(user.alliance())));
    model.addAttribute("staff", Choices.staff(staff.all(user.alliance())));
    return "panels/meeting";
  }

  private static String meetingForm(Model model, MeetingForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "panels/meeting-form";
  }
}
