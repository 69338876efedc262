package org.bridgeway.governance.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.governance.Forum;
import org.bridgeway.governance.ForumAction;
import org.bridgeway.governance.ForumActions;
import org.bridgeway.governance.Issue;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
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

/** An issue's actions: add one, read it, change it, close it with what we did, and void issues and actions. */
@Controller
class ActionPages {

  private final Forum forum;
  private final ForumActions actions;
  private final MeetingPage meetingPage;

  ActionPages(Forum forum, ForumActions actions, MeetingPage meetingPage) {
    this.forum = forum;
    this.actions = actions;
    this.meetingPage = meetingPage;
  }

  @GetMapping("/governance/forum/issues/{id}/actions/new")
  String newAction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return actionForm(user, model, forum.issue(user, id), ActionForm.dueOn(forum.today().plusWeeks(4)), Map.of());
  }

  @PostMapping("/governance/forum/issues/{id}/actions")
  String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute ActionForm form,
      Model model, RedirectAttributes redirect) {
    try {
      UUID action = actions.add(user, id, form.details());
      redirect.addFlashAttribute("success", "Action added");
      return "redirect:/governance/forum/actions/" + action;
    } catch (InvalidInput | Refused e) {
      return actionForm(user, model, forum.issue(user, id), form, FormErrors.of(e));
    }
  }

  @GetMapping("/governance/forum/issues/{id}/void")
  String issueVoidForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return issueVoid(model, forum.issue(user, id), new VoidForm(null, null), Map.of());
  }

  @PostMapping("/governance/forum/issues/{id}/void")
  String voidIssue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute VoidForm form,
      Model model, RedirectAttributes redirect) {
    Issue issue = forum.issue(user, id);
    try {
      forum.voidIssue(user, id, form.reason());
      redirect.addFlashAttribute("success", "Issue voided. It stays on the meeting's page, marked as voided.");
      return "redirect:/governance/forum/meetings/" + issue.meetingId() + "#issues";
    } catch (InvalidInput | Refused e) {
      return issueVoid(model, issue, form, FormErrors.of(e));
    }
  }

  @GetMapping("/governance/forum/actions/{id}")
  String action(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    ForumAction action = actions.get(user, id);
    return page(user, model, action, ActionForm.of(action), ClosingForm.on(forum.today(), action.version()),
        Map.of());
  }

  @PostMapping("/governance/forum/actions/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute ActionForm form,
      Model model, RedirectAttributes redirect) {
    try {
      actions.change(user, id, form.version() == null ? -1 : form.version(), form.details());
      redirect.addFlashAttribute("success", "Action changed");
      return "redirect:/governance/forum/actions/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      ForumAction current = actions.get(user, id);
      return page(user, model, current, e instanceof EditConflict ? ActionForm.of(current) : form,
          ClosingForm.on(forum.today(), current.version()), FormErrors.of(e));
    }
  }

  @PostMapping("/governance/forum/actions/{id}/close")
  String close(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute ClosingForm form,
      Model model, RedirectAttributes redirect) {
    ForumAction action = actions.get(user, id);
    try {
      actions.close(user, id, form.version() == null ? -1 : form.version(),
          form.closing(action.meetingOn(), forum.today()));
      redirect.addFlashAttribute("success", "Action closed. It now shows on the public \"you said, we did\" page.");
      return "redirect:/governance/forum/actions/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      ForumAction current = actions.get(user, id);
      return page(user, model, current, ActionForm.of(current), e instanceof EditConflict
          ? ClosingForm.on(forum.today(), current.version()) : form, FormErrors.of(e));
    }
  }

  @GetMapping("/governance/forum/actions/{id}/void")
  String actionVoidForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    ForumAction action = actions.get(user, id);
    return actionVoid(model, action, new VoidForm(action.version(), null), Map.of());
  }

  @PostMapping("/governance/forum/actions/{id}/void")
  String voidAction(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute VoidForm form,
      Model model, RedirectAttributes redirect) {
    try {
      actions.voidAction(user, id, form.versionRead(), form.reason());
      redirect.addFlashAttribute("success", "Action voided. It stays readable, marked as voided.");
      return "redirect:/governance/forum/actions/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      return actionVoid(model, actions.get(user, id), form, FormErrors.of(e));
    }
  }

  private String page(CurrentUser user, Model model, ForumAction action, ActionForm form, ClosingForm closing,
      Map<String, String> errors) {
    boolean standing = Forum.mayChange(user) && !action.voided();
    model.addAttribute("action", action);
    model.addAttribute("today", forum.today());
    model.addAttribute("mayChange", standing && !action.closed());
    model.addAttribute("mayVoid", standing);
    model.addAttribute("form", form);
    model.addAttribute("closing", closing);
    model.addAttribute("errors", errors);
    model.addAttribute("staff", meetingPage.staffChoices(user));
    return "governance/action";
  }

  private String actionForm(CurrentUser user, Model model, Issue issue, ActionForm form, Map<String, String> errors) {
    model.addAttribute("issue", issue);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("staff", meetingPage.staffChoices(user));
    return "governance/action-form";
  }

  private static String issueVoid(Model model, Issue issue, VoidForm form, Map<String, String> errors) {
    return VoidPage.show(model, "Void an issue", "Void an issue recorded by mistake. It stays on the meeting's page, "
        + "marked as voided, and its actions leave the public page and the figures.",
        "/governance/forum/issues/" + issue.id() + "/void", "/governance/forum/meetings/" + issue.meetingId(), form,
        errors);
  }

  private static String actionVoid(Model model, ForumAction action, VoidForm form, Map<String, String> errors) {
    return VoidPage.show(model, "Void an action", "Void an action recorded by mistake. It stays readable, marked as "
        + "voided, and leaves the public page and the figures.", "/governance/forum/actions/" + action.id() + "/void",
        "/governance/forum/actions/" + action.id(), form, errors);
  }
}
