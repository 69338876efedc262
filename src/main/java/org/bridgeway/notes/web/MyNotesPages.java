package org.bridgeway.notes.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.MyNotes;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own notes page: notes shared with them, their own entries, and their comments. */
@Controller
class MyNotesPages {

  private final MyNotes myNotes;

  MyNotesPages(MyNotes myNotes) {
    this.myNotes = myNotes;
  }

  @GetMapping("/me/notes")
  String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
    return page(user, page, model, new EntryForm(null), Map.of(), null);
  }

  @PostMapping("/me/notes")
  String addEntry(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String text,
      Model model, RedirectAttributes redirect) {
    try {
      myNotes.addEntry(user, text);
      redirect.addFlashAttribute("success", "Your entry has been added to your notes. Your team can read it.");
      return "redirect:/me/notes";
    } catch (InvalidInput | Refused e) {
      return page(user, 0, model, new EntryForm(text), FormErrors.of(e), null);
    }
  }

  @PostMapping("/me/notes/{noteId}/comments")
  String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID noteId,
      @RequestParam(required = false) @Nullable String text, Model model, RedirectAttributes redirect) {
    try {
      myNotes.comment(user, noteId, text);
      redirect.addFlashAttribute("success", "Your comment has been added. Your team can read it.");
      return "redirect:/me/notes";
    } catch (InvalidInput | Refused e) {
      Map<String, String> errors = FormErrors.of(e, Map.of("text", "comment-" + noteId));
      return page(user, 0, model, new EntryForm(null), errors, new Comment(noteId, text));
    }
  }

  /** The entry box's text, kept when it is refused. */
  record EntryForm(@Nullable String text) {}

  /** A comment refused, to show again beside its note. */
  record Comment(UUID noteId, @Nullable String text) {}

  private String page(CurrentUser user, int page, Model model, EntryForm form, Map<String, String> errors,
      @Nullable Comment comment) {
    model.addAttribute("notes", myNotes.mine(user, page));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("comment", comment);
    return "notes/mine";
  }
}
