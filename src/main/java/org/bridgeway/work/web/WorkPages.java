package org.bridgeway.work.web;

import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.people.People;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.FormPosts;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.work.Job;
import org.bridgeway.work.PersonWork;
import org.bridgeway.work.VocationalStatus;
import org.bridgeway.work.WorkRecord;
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

/**
 * A person's work page: status history, profile, jobs and in-work support, with the forms to record them; a
 * status's own page to change it at the version read or void it with a reason.
 */
@Controller
class WorkPages {

  private final PersonWork work;
  private final People people;

  WorkPages(PersonWork work, People people) {
    this.work = work;
    this.people = people;
  }

  @GetMapping("/people/{id}/work")
  String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
    return page(user, id, model, null, Map.of());
  }

  @PostMapping("/people/{id}/work/statuses")
  String status(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute WorkForm form,
      Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> work.recordStatus(user, id, form.statusRecord()), "/people/" + id + "/work",
        "Status recorded", redirect, e -> page(user, id, model, form, FormErrors.of(e, WorkForm.STATUS_NAMES)));
  }

  @GetMapping("/people/{id}/work/statuses/{statusId}")
  String statusPage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID statusId,
      Model model) {
    return statusPage(user, id, statusId, model, null, Map.of(), "");
  }

  @PostMapping("/people/{id}/work/statuses/{statusId}")
  String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID statusId,
      @ModelAttribute WorkForm form, Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> work.changeStatus(user, id, statusId, form.version() == null ? -1 : form.version(),
            form.statusRecord()), "/people/" + id + "/work", "Status changed", redirect,
        e -> statusPage(user, id, statusId, model, e instanceof EditConflict ? null : form,
            FormErrors.of(e, WorkForm.STATUS_NAMES), ""));
  }

  @PostMapping("/people/{id}/work/statuses/{statusId}/void")
  String voidStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID statusId,
      @RequestParam(defaultValue = "-1") int version, @RequestParam(required = false) @Nullable String voidReason,
      Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> work.voidStatus(user, id, statusId, version, voidReason), "/people/" + id + "/work",
        "Status voided. It stays on the record, struck through, and counts in no figure.", redirect,
        e -> statusPage(user, id, statusId, model, null, FormErrors.of(e), voidReason));
  }

  @PostMapping("/people/{id}/work/jobs")
  String job(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute WorkForm form,
      Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> work.startJob(user, id, form.job()), "/people/" + id + "/work",
        "Job start recorded", redirect, e -> page(user, id, model, form, FormErrors.of(e, WorkForm.JOB_NAMES)));
  }

  @PostMapping("/people/{id}/work/profile")
  String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute WorkForm form,
      Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> work.saveProfile(user, id, form.profile()), "/people/" + id + "/work",
        "Vocational profile saved", redirect, e -> page(user, id, model, form, FormErrors.of(e)));
  }

  @GetMapping("/people/{id}/work/jobs/{jobId}")
  String jobPage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID jobId,
      Model model) {
    return jobPage(user, id, jobId, model, null, Map.of());
  }

  @PostMapping("/people/{id}/work/jobs/{jobId}/end")
  String end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID jobId,
      @ModelAttribute WorkForm form, Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> work.endJob(user, id, jobId, form.version() == null ? -1 : form.version(),
            form.endDate(), form.endReason()), "/people/" + id + "/work", "Job ending recorded", redirect,
        e -> jobPage(user, id, jobId, model, form, FormErrors.of(e)));
  }

  @PostMapping("/people/{id}/work/jobs/{jobId}/support")
  String support(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID jobId,
      @ModelAttribute WorkForm form, Model model, RedirectAttributes redirect) {
    return FormPosts.submit(() -> work.recordSupport(user, id, jobId, form.supportDate(), form.notes()),
        "/people/" + id + "/work/jobs/" + jobId, "In-work support recorded", redirect,
        e -> jobPage(user, id, jobId, model, form, FormErrors.of(e)));
  }

  private String page(CurrentUser user, UUID id, Model model, @Nullable WorkForm form, Map<String, String> errors) {
    WorkRecord record = work.of(user, id);
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("work", record);
    model.addAttribute("form", form == null ? WorkForm.blank(record.today(), record.profile()) : form);
    model.addAttribute("errors", errors);
    model.addAttribute("statuses", WorkForm.statuses());
    model.addAttribute("disclosures", WorkForm.disclosures());
    return "work/person";
  }

  private String jobPage(CurrentUser user, UUID id, UUID jobId, Model model, @Nullable WorkForm form,
      Map<String, String> errors) {
    WorkRecord record = work.of(user, id);
    Job job = record.jobs().stream().filter(j -> j.id().equals(jobId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Job"));
    WorkForm blank = WorkForm.blank(record.today(), record.profile());
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("job", job);
    model.addAttribute("support", record.supportFor(job));
    model.addAttribute("form", form == null ? blank : form);
    model.addAttribute("errors", errors);
    model.addAttribute("reasons", WorkForm.reasons());
    return "work/job";
  }

  private String statusPage(CurrentUser user, UUID id, UUID statusId, Model model, @Nullable WorkForm form,
      Map<String, String> errors, @Nullable String voidReason) {
    WorkRecord record = work.of(user, id);
    VocationalStatus status = record.statuses().stream().filter(s -> s.id().equals(statusId)).findFirst()
        .orElseThrow(() -> new RecordNotFound("Vocational status"));
    model.addAttribute("person", people.read(user, id));
    model.addAttribute("status", status);
    model.addAttribute("form", form == null ? WorkForm.of(status, record.today(), record.profile()) : form);
    model.addAttribute("errors", errors);
    model.addAttribute("voidForm", Map.of("voidReason", voidReason == null ? "" : voidReason));
    model.addAttribute("statuses", WorkForm.statuses());
    return "work/status";
  }
}
