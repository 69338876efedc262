package org.bridgeway.community.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.community.CommunityDirectory;
import org.bridgeway.community.Resource;
import org.bridgeway.community.ResourceKind;
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
import org.springframework.web.util.UriComponentsBuilder;

/** The community directory: search it, read a resource, add, change and withdraw resources. */
@Controller
class DirectoryPages {

  private final CommunityDirectory directory;

  DirectoryPages(CommunityDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/community")
  String directory(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "false") boolean withdrawn,
      @RequestParam(defaultValue = "0") int page, Model model) {
    ResourceKind chosen = ResourceKind.named(kind).orElse(null);
    model.addAttribute("resources", directory.find(user, chosen, q, withdrawn, page));
    model.addAttribute("kinds", ResourceForm.kinds());
    model.addAttribute("search", new Search(chosen == null ? "" : chosen.name(), q == null ? "" : q, withdrawn));
    model.addAttribute("mayChange", CommunityDirectory.mayChange(user));
    model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/community")
        .queryParam("kind", chosen == null ? "" : chosen.name()).queryParam("q", q == null ? "" : q)
        .queryParam("withdrawn", withdrawn).build().encode().toUriString() + "&");
    return "community/directory";
  }

  /** The search as typed, to show again. */
  record Search(String kind, String q, boolean withdrawn) {}

  @GetMapping("/community/new")
  String newResource(Model model) {
    return form(model, ResourceForm.empty(), null, Map.of());
  }

  @PostMapping("/community")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute ResourceForm form, Model model,
      RedirectAttributes redirect) {
    try {
      UUID id = directory.add(user, form.details());
      redirect.addFlashAttribute("success", "Resource added to the directory");
      return "redirect:/community/" + id;
    } catch (InvalidInput | Refused e) {
      return form(model, form, null, FormErrors.of(e));
    }
  }

  @GetMapping("/community/{id}")
  String resource(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return page(user, model, directory.get(user, id), new WithdrawForm(null, null), Map.of());
  }

  @GetMapping("/community/{id}/edit")
  String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    Resource resource = directory.get(user, id);
    return form(model, ResourceForm.of(resource), resource, Map.of());
  }

  @PostMapping("/community/{id}")
  String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute ResourceForm form,
      Model model, RedirectAttributes redirect) {
    try {
      directory.change(user, id, form.version() == null ? -1 : form.version(), form.details());
      redirect.addFlashAttribute("success", "Resource changed");
      return "redirect:/community/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      Resource current = directory.get(user, id);
      ResourceForm kept = e instanceof EditConflict ? ResourceForm.of(current) : form;
      return form(model, kept, current, FormErrors.of(e));
    }
  }

  @PostMapping("/community/{id}/withdraw")
  String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @ModelAttribute WithdrawForm form, Model model, RedirectAttributes redirect) {
    try {
      directory.withdraw(user, id, form.version() == null ? -1 : form.version(), form.reason());
      redirect.addFlashAttribute("success", "Resource withdrawn. It stays in the directory, marked as withdrawn.");
      return "redirect:/community/" + id;
    } catch (InvalidInput | Refused | EditConflict e) {
      return page(user, model, directory.get(user, id), form, FormErrors.of(e));
    }
  }

  /** What the withdraw form sends. */
  record WithdrawForm(@Nullable Integer version, @Nullable String reason) {}

  private String page(CurrentUser user, Model model, Resource resource, WithdrawForm form,
      Map<String, String> errors) {
    model.addAttribute("resource", resource);
    model.addAttribute("days", ResourceForm.days());
    model.addAttribute("mayChange", CommunityDirectory.mayChange(user) && resource.active());
    model.addAttribute("mayWithdraw", CommunityDirectory.mayWithdraw(user) && resource.active());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "community/resource";
  }

  private String form(Model model, ResourceForm form, @Nullable Resource resource, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("resource", resource);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", ResourceForm.kinds());
    model.addAttribute("days", ResourceForm.days());
    return "community/form";
  }
}
