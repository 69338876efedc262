package org.bridgeway.imports.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.imports.ImportJob;
import org.bridgeway.imports.ImportKind;
import org.bridgeway.imports.ImportWorker;
import org.bridgeway.imports.Imports;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Choosing a kind of file, downloading its template, uploading it, following its check and importing it. */
@Controller
class ImportPages {

  /** What the upload form holds. */
  record UploadForm(@Nullable String kind) {}

  private final Imports imports;
  private final ImportWorker worker;

  ImportPages(Imports imports, ImportWorker worker) {
    this.imports = imports;
    this.worker = worker;
  }

  @GetMapping("/imports")
  String index(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String refused,
      Model model) {
    return index(user, model, new UploadForm(null),
        UploadLimit.REFUSED.equals(refused) ? Map.of("file", Imports.TOO_LARGE) : Map.of());
  }

  @PostMapping("/imports")
  String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable MultipartFile file, Model model) throws IOException {
    ImportKind chosen = Arrays.stream(ImportKind.values()).filter(k -> k.slug().equals(kind)).findFirst()
        .orElse(null);
    if (chosen == null) {
      return index(user, model, new UploadForm(kind), Map.of("kind", "Select what the file holds"));
    }
    try {
      UUID id = imports.upload(user, chosen, file == null || file.getOriginalFilename() == null ? ""
          : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes());
      worker.check(user, id);
      return "redirect:/imports/" + id;
    } catch (InvalidInput | Refused e) {
      return index(user, model, new UploadForm(kind), FormErrors.of(e));
    }
  }

  @GetMapping("/imports/{id}")
  String job(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    ImportJob job = imports.job(user, id);
    model.addAttribute("job", job);
    model.addAttribute("problems", imports.problems(user, id, Imports.PROBLEMS_SHOWN));
    model.addAttribute("shown", Imports.PROBLEMS_SHOWN);
    return "imports/job";
  }

  @PostMapping("/imports/{id}/import")
  String run(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
    try {
      imports.start(user, id);
      worker.run(user, id);
      redirect.addFlashAttribute("success", "The import has started");
    } catch (Refused e) {
      // already started, or not importable: the page shows where the job is
    }
    return "redirect:/imports/" + id;
  }

  private String index(CurrentUser user, Model model, UploadForm form, Map<String, String> errors) {
    model.addAttribute("kinds", List.of(ImportKind.values()));
    model.addAttribute("jobs", imports.recent(user));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "imports/index";
  }
}
