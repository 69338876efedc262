package org.bridgeway.workforce.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.workforce.NewPanelMember;
import org.bridgeway.workforce.NewPost;
import org.bridgeway.workforce.PanelFigure;
import org.bridgeway.workforce.Recruitment;
import org.bridgeway.workforce.RecruitmentPanel;
import org.bridgeway.workforce.Rota;
import org.bridgeway.workforce.RotaRights;
import org.bridgeway.workforce.RotaWeek;
import org.bridgeway.workforce.WorkforceBreakdown;
import org.bridgeway.workforce.WorkforceFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workforce, the rota and recruitment panels over JSON, with the same rules, access and audit as the pages. */
@RestController
@Tag(name = "Workforce", description = "Workforce figures, the rota of staffed services and recruitment panels")
class WorkforceApi {

  private final WorkforceFigures figures;
  private final Rota rota;
  private final RotaRights rights;
  private final Recruitment recruitment;

  WorkforceApi(WorkforceFigures figures, Rota rota, RotaRights rights, Recruitment recruitment) {
    this.figures = figures;
    this.rota = rota;
    this.rights = rights;
    this.recruitment = recruitment;
  }

  @GetMapping("/api/workforce")
  @Operation(summary = "The workforce on a day (today if none given): headcount, mean contracted hours, whole-time "
      + "equivalents and lived-experience roles for the alliance and by organisation, team and service")
  WorkforceBreakdown workforce(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on) {
    return figures.on(user, on == null ? rota.today() : on);
  }

  @GetMapping("/api/rota/{serviceId}/week")
  @Operation(summary = "A service's rota for the week (Monday to Sunday) holding the day given, with who covers "
      + "each shift and the gaps")
  RotaWeek week(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID serviceId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
    return rota.week(user.alliance(), serviceId, day == null ? rota.today() : day);
  }

  /** A member of staff to put on a shift, and the version of the shift the caller last read. */
  record Assignment(@Nullable UUID staffId, @Nullable Integer version) {}

  @PostMapping("/api/rota/shifts/{shiftId}/assignments")
  @Operation(summary = "Put a member of staff on a shift; refused when they are on an overlapping shift, and 409 "
      + "when the shift changed since the version given")
  ResponseEntity<Void> assign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID shiftId,
      @RequestBody Assignment request) {
    if (request.staffId() == null || request.version() == null) {
      throw new InvalidInput(List.of(new FieldProblem(request.staffId() == null ? "staffId" : "version",
          request.staffId() == null ? "Give the member of staff" : "Give the version of the shift you read")));
    }
    UUID id = rota.assign(user, shiftId, request.staffId(), request.version());
    return ResponseEntity.created(URI.create("/api/rota/shifts/" + shiftId + "/assignments/" + id)).build();
  }

  @GetMapping("/api/me/rota")
  @Operation(summary = "The rota of the service the person signed in lives in, if they have been given the right "
      + "to help manage it; not found otherwise")
  RotaWeek myRota(@AuthenticationPrincipal CurrentUser me,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
    return rights.myWeek(me, day == null ? rota.today() : day);
  }

  @GetMapping("/api/recruitment/figure")
  @Operation(summary = "Recruitment panels with people who use services, from one day to another (both included): "
      + "counts and shares of panels they sat on, chaired and wrote questions for")
  PanelFigure figure(@AuthenticationPrincipal CurrentUser user,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return recruitment.figure(user.alliance(), from, to);
  }

  @GetMapping("/api/recruitment/panels")
  @Operation(summary = "Recruitment panels with interview dates from one day to another (both included), with members")
  List<RecruitmentPanel> panels(@AuthenticationPrincipal CurrentUser user,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return recruitment.panels(user.alliance(), from, to);
  }

  @PostMapping("/api/recruitment/posts")
  @Operation(summary = "Add a post to recruit to")
  ResponseEntity<Void> addPost(@AuthenticationPrincipal CurrentUser user, @RequestBody NewPost post) {
    UUID id = recruitment.addPost(user, post);
    return ResponseEntity.created(URI.create("/api/recruitment/posts/" + id)).build();
  }

  /** A panel for a post on an interview day. */
  record NewPanel(@Nullable UUID postId, @Nullable LocalDate interviewDate, boolean questionsByServiceUsers) {}

  @PostMapping("/api/recruitment/panels")
  @Operation(summary = "Add an interview panel for a post")
  ResponseEntity<RecruitmentPanel> addPanel(@AuthenticationPrincipal CurrentUser user, @RequestBody NewPanel panel) {
    if (panel.postId() == null) {
      throw new InvalidInput(List.of(new FieldProblem("postId", "Give the post")));
    }
    UUID id = recruitment.addPanel(user, panel.postId(), panel.interviewDate(), panel.questionsByServiceUsers());
    return ResponseEntity.created(URI.create("/api/recruitment/panels/" + id))
        .body(recruitment.panel(user.alliance(), id));
  }

  @PostMapping("/api/recruitment/panels/{id}/members")
  @Operation(summary = "Add a panel member: a member of staff, a person linked to their record, or a name")
  RecruitmentPanel addMember(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
      @RequestBody NewPanelMember member) {
    recruitment.addMember(user, id, member);
    return recruitment.panel(user.alliance(), id);
  }
}
