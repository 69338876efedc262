package org.bridgeway.governance.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.governance.AttendeeKind;
import org.bridgeway.governance.Forum;
import org.bridgeway.governance.MeetingRecord;
import org.bridgeway.governance.NewAttendee;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonSummary;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A meeting's page: who came and the issues raised, with the forms that add to them and void them. */
@Controller
class MeetingPage {

  private final Forum forum;
  private final Staff staff;
  private final People people;

  MeetingPage(Forum forum, Staff staff, People people) {
    this.forum = forum;
    this.staff = staff;
    this.people = people;
  }

  String show(CurrentUser user, Model model, UUID id, AttendeeForm attendee, IssueForm issue,
      Map<String, String> errors) {
    MeetingRecord record = forum.read(user, id);
    model.addAttribute("record", record);
    model.addAttribute("meeting", record.meeting());
    model.addAttribute("today", forum.today());
    model.addAttribute("mayChange", Forum.mayChange(user) && !record.meeting().voided());
    model.addAttribute("attendee", attendee);
    model.addAttribute("issue", issue);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", Map.of(AttendeeKind.PERSON.name(), AttendeeKind.PERSON.label(),
        AttendeeKind.STAFF.name(), AttendeeKind.STAFF.label()));
    model.addAttribute("staff", staffChoices(user));
    return "governance/meeting";
  }

  Map<String, String> staffChoices(CurrentUser user) {
    Map<String, String> choices = new LinkedHashMap<>();
    for (StaffMember s : staff.page(user.alliance(), 0, 500).items()) {
      if (s.endDate() == null || !s.endDate().isBefore(forum.today())) {
        choices.put(s.id().toString(), s.fullName());
      }
    }
    return choices;
  }

  @PostMapping("/governance/forum/meetings/{id}/attendees")
  String addAttendee(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute AttendeeForm form, Model model, RedirectAttributes redirect) {
    try {
      AttendeeKind kind = AttendeeKind.named(form.kind()).orElse(null);
      UUID person = kind == AttendeeKind.PERSON ? person(user, form.record()) : null;
      forum.addAttendee(user, id, new NewAttendee(kind, person, ActionForm.uuid(form.staffId()), form.name()));
      redirect.addFlashAttribute("success", "Added to who came");
      return "redirect:/governance/forum/meetings/" + id + "#who-came";
    } catch (InvalidInput | Refused | AccessDenied e) {
      Map<String, String> errors = e instanceof AccessDenied
          ? Map.of("record", "You cannot open that person's record, so you cannot link it. Enter their first name "
              + "or initials only.") : FormErrors.of(e);
      return show(user, model, id, form, IssueForm.empty(), errors);
    }
  }

  /** The person with this NHS number or record number, when one is typed. */
  private UUID person(CurrentUser user, String record) {
    if (record == null || record.isBlank()) {
      return null;
    }
    Paged<PersonSummary> found = people.find(user, record, 0, 2);
    if (found.total() != 1 || !List.of(found.items().get(0).localId(), String.valueOf(found.items().get(0)
        .nhsNumber())).contains(record.trim().replace(" ", "").toUpperCase())) {
      throw new Refused("record", "No one has that NHS number or record number. Check it, or leave it empty.");
    }
    return found.items().get(0).id();
  }

  @PostMapping("/governance/forum/meetings/{id}/issues")
  String raise(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute IssueForm form,
      Model model, RedirectAttributes redirect) {
    try {
      forum.raise(user, id, form.issue());
      redirect.addFlashAttribute("success", "Issue recorded");
      return "redirect:/governance/forum/meetings/" + id + "#issues";
    } catch (InvalidInput | Refused e) {
      return show(user, model, id, AttendeeForm.empty(), form, FormErrors.of(e));
    }
  }

  @GetMapping("/governance/forum/meetings/{id}/attendees/{attendee}/void")
  String attendeeVoidForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @PathVariable UUID attendee, Model model) {
    return attendeeVoid(user, id, attendee, model, new VoidForm(null, null), Map.of());
  }

  @PostMapping("/governance/forum/meetings/{id}/attendees/{attendee}/void")
  String voidAttendee(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID attendee,
      @ModelAttribute VoidForm form, Model model, RedirectAttributes redirect) {
    try {
      forum.voidAttendee(user, id, attendee, form.reason());
      redirect.addFlashAttribute("success", "Attendance voided");
      return "redirect:/governance/forum/meetings/" + id + "#who-came";
    } catch (InvalidInput | Refused | EditConflict e) {
      return attendeeVoid(user, id, attendee, model, form, FormErrors.of(e));
    }
  }

  private String attendeeVoid(CurrentUser user, UUID id, UUID attendee, Model model, VoidForm form,
      Map<String, String> errors) {
    var meeting = forum.meeting(user, id);
    return VoidPage.show(model, "Void an attendance at the meeting of " + VoidPage.date(meeting.heldOn()),
        "Void it when someone was recorded by mistake. It stays on the meeting's page, marked as voided.",
        "/governance/forum/meetings/" + id + "/attendees/" + attendee + "/void",
        "/governance/forum/meetings/" + id, form, errors);
  }
}
