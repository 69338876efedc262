package org.bridgeway.governance.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.governance.ActionsClosed;
import org.bridgeway.governance.Forum;
import org.bridgeway.governance.ForumActions;
import org.bridgeway.governance.Meeting;
import org.bridgeway.shared.DateParts;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forum: its meetings and open actions, the figure of actions closed, and recording and changing meetings. */
@Controller
class ForumPages {

  private final Forum forum;
  private final ForumActions actions;
  private final MeetingPage meetingPage;

  ForumPages(Forum forum, ForumActions actions, MeetingPage meetingPage) {
    this.forum = forum;
    this.actions = actions;
    this.meetingPage = meetingPage;
  }

  @GetMapping("/governance/forum")
  String forum(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page,
      @RequestParam(required = false) @Nullable String fromDay,
      @RequestParam(required = false) @Nullable String fromMonth,
      @RequestParam(required = false) @Nullable String fromYear, @RequestParam(required = false) @Nullable String toDay,
      @RequestParam(required = false) @Nullable String toMonth, @RequestParam(required = false) @Nullable String toYear,
      Model model) {
    LocalDate today = forum.today();
    LocalDate to = DateParts.parse(toDay, toMonth, toYear).orElse(today);
    LocalDate from = DateParts.parse(fromDay, fromMonth, fromYear).orElse(to.minusYears(1).plusDays(1));
    Map<String, String> errors = Map.of();
    ActionsClosed figure;
    try {
      figure = forum.actionsClosed(user, from, to);
    } catch (Refused e) {
      errors = FormErrors.of(e);
      from = to.minusYears(1).plusDays(1);
      figure = forum.actionsClosed(user, from, to);
    }
    model.addAttribute("meetings", forum.meetings(user, page));
    model.addAttribute("open", actions.open(user));
    model.addAttribute("today", today);
    model.addAttribute("figure", figure);
    model.addAttribute("definition", ActionsClosed.DEFINITION);
    model.addAttribute("form", new PeriodForm(FormDates.day(from), FormDates.month(from), FormDates.year(from),
        FormDates.day(to), FormDates.month(to), FormDates.year(to)));
    model.addAttribute("errors", errors);
    model.addAttribute("mayChange", Forum.mayChange(user));
    model.addAttribute("publicPage", actions.publicAddress(user));
    return "governance/forum";
  }

  /** The period of the figure, as typed. */
  record PeriodForm(String fromDay, String fromMonth, String fromYear, String toDay, String toMonth, String toYear) {}

  @GetMapping("/governance/forum/meetings/new")
  String newMeeting(Model model) {
    return form(model, MeetingForm.on(forum.today()), null, Map.of());
  }

  @PostMapping("/governance/forum/meetings")
  String record(@AuthenticationPrincipal CurrentUser user, @ModelAttribute MeetingForm form, Model model,
      RedirectAttributes redirect) {
    try {
      UUID id = forum.record(user, form.details(forum.today()));
      redirect.addFlashAttribute("success", "Meeting recorded");
      return "redirect:/governance/forum/meetings/" + id;
    } catch (InvalidInput | Refused e) {
      return form(model, form, null, FormErrors.of(e));
    }
  }

  @GetMapping("/governance/forum/meetings/{id}")
  String meeting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return meetingPage.show(user, model, id, AttendeeForm.empty(), IssueForm.empty(), Map.of());
  }

  @GetMapping("/governance/forum/meetings/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Meeting meeting = forum.meeting(user, id);
    return form(model, MeetingForm.of(meeting), meeting, Map.of());
  }

  @PostMapping("/governance/forum/meetings/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute MeetingForm form,
      Model model, RedirectAttributes redirect) {
    try {
      forum.change(user, id, form.version() == null ? -1 : form.version(), form.details(forum.today()));
      redirect.addFlashAttribute("success", "Meeting changed");
      return "redirect:/governance/forum/meetings/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      Meeting current = forum.meeting(user, id);
      return form(model, e instanceof EditConflict ? MeetingForm.of(current) : form, current, FormErrors.of(e));
    }
  }

  @GetMapping("/governance/forum/meetings/{id}/void")
  String voidForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Meeting meeting = forum.meeting(user, id);
    return VoidPage.show(model, "Void the meeting of " + VoidPage.date(meeting.heldOn()),
        "A voided meeting stays readable, marked as voided; its actions leave the public page and the figures.",
        "/governance/forum/meetings/" + id + "/void", "/governance/forum/meetings/" + id,
        new VoidForm(meeting.version(), null), Map.of());
  }

  @PostMapping("/governance/forum/meetings/{id}/void")
  String voidMeeting(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute VoidForm form,
      Model model, RedirectAttributes redirect) {
    try {
      forum.voidMeeting(user, id, form.versionRead(), form.reason());
      redirect.addFlashAttribute("success", "Meeting voided. It stays readable, marked as voided.");
      return "redirect:/governance/forum/meetings/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      Meeting meeting = forum.meeting(user, id);
      return VoidPage.show(model, "Void the meeting of " + VoidPage.date(meeting.heldOn()), null,
          "/governance/forum/meetings/" + id + "/void", "/governance/forum/meetings/" + id,
          new VoidForm(meeting.version(), form.reason()), FormErrors.of(e));
    }
  }

  private String form(Model model, MeetingForm form, @Nullable Meeting meeting, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("meeting", meeting);
    model.addAttribute("errors", errors);
    return "governance/meeting-form";
  }
}
