package org.bridgeway.notes.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.notes.ContactKind;
import org.bridgeway.notes.NoteFilter;
import org.bridgeway.notes.NoteHistory;
import org.bridgeway.notes.Notes;
import org.bridgeway.people.People;
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

/** A person's notes for their workers: the timeline, writing a note, and a note with its history. */
@Controller
class NotePages {

  private final Notes notes;
  private final People people;

  NotePages(Notes notes, People people) {
    this.notes = notes;
    this.people = people;
  }

  @GetMapping("/people/{id}/notes")
  String timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String organisation,
      @RequestParam(defaultValue = "0") int page, Model model) {
    ContactKind chosenKind = kind == null ? null
        : java.util.Arrays.stream(ContactKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    NoteFilter filter = new NoteFilter(chosenKind, uuid(organisation), "alliance".equals(organisation));
    model.addAttribute("notes", notes.timeline(user, id, filter, page));
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("authors", notes.authors(user, id));
    model.addAttribute("kinds", ContactKind.values());
    model.addAttribute("kind", chosenKind == null ? "" : chosenKind.name());
    model.addAttribute("organisation", filter.byAlliance() ? "alliance"
        : filter.organisationId() == null ? "" : filter.organisationId().toString());
    model.addAttribute("pageLink", "/people/" + id + "/notes?kind=" + (chosenKind == null ? "" : chosenKind.name())
        + "&organisation=" + (organisation == null ? "" : organisation) + "&");
    return "notes/timeline";
  }

  @GetMapping("/people/{id}/notes/new")
  String newNote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return form(user, id, model, NoteForm.on(notes.today()), Map.of());
  }

  @PostMapping("/people/{id}/notes")
  String record(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute NoteForm form,
      Model model, RedirectAttributes redirect) {
    try {
      UUID note = notes.record(user, id, form.note());
      redirect.addFlashAttribute("success", "Note saved");
      return "redirect:/people/" + id + "/notes/" + note;
    } catch (InvalidInput | Refused e) {
      return form(user, id, model, form, FormErrors.of(e));
    }
  }

  @GetMapping("/people/{id}/notes/{noteId}")
  String note(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID noteId,
      Model model) {
    NoteHistory history = notes.get(user, id, noteId);
    return note(user, id, model, history, new ChangeForm(history.note().version(), history.note().text(), null, null),
        Map.of());
  }

  @PostMapping("/people/{id}/notes/{noteId}/amend")
  String amend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID noteId,
      @ModelAttribute ChangeForm form, Model model, RedirectAttributes redirect) {
    try {
      notes.amend(user, id, noteId, form.version() == null ? -1 : form.version(), form.text(), form.reason());
      redirect.addFlashAttribute("success", "Note amended. The earlier text stays in its history.");
      return "redirect:/people/" + id + "/notes/" + noteId;
    } catch (InvalidInput | Refused | EditConflict e) {
      NoteHistory current = notes.get(user, id, noteId);
      ChangeForm kept = e instanceof EditConflict
          ? new ChangeForm(current.note().version(), form.text(), form.reason(), null) : form;
      return note(user, id, model, current, kept, FormErrors.of(e));
    }
  }

  @PostMapping("/people/{id}/notes/{noteId}/void")
  String voidNote(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID noteId,
      @ModelAttribute ChangeForm form, Model model, RedirectAttributes redirect) {
    try {
      notes.voidNote(user, id, noteId, form.voidReason());
      redirect.addFlashAttribute("success", "Note voided. It stays on the record, marked as voided.");
      return "redirect:/people/" + id + "/notes/" + noteId;
    } catch (InvalidInput | Refused | EditConflict e) {
      NoteHistory current = notes.get(user, id, noteId);
      return note(user, id, model, current, new ChangeForm(current.note().version(), current.note().text(), null,
          form.voidReason()), FormErrors.of(e));
    }
  }

  /** What the amend and void forms send. */
  record ChangeForm(@Nullable Integer version, @Nullable String text, @Nullable String reason,
      @Nullable String voidReason) {}

  private String form(CurrentUser user, UUID id, Model model, NoteForm form, Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", NoteForm.kinds());
    return "notes/form";
  }

  private String note(CurrentUser user, UUID id, Model model, NoteHistory history, ChangeForm form,
      Map<String, String> errors) {
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("note", history.note());
    model.addAttribute("versions", history.versions());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "notes/note";
  }

  private static @Nullable UUID uuid(@Nullable String text) {
    try {
      return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
