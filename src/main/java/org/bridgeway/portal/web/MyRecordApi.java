package org.bridgeway.portal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.AccessLog;
import org.bridgeway.portal.AccessLogEntry;
import org.bridgeway.portal.MyPathway;
import org.bridgeway.portal.MyRecord;
import org.bridgeway.portal.MySummary;
import org.bridgeway.portal.MyTeam;
import org.bridgeway.shared.Paged;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's own record over JSON; as on the pages, nothing here takes a person's id. */
@RestController
@Tag(name = "My record", description = "The signed-in person's own record: summary, team, pathway, access log")
class MyRecordApi {

  private final MyRecord myRecord;
  private final AccessLog accessLog;

  MyRecordApi(MyRecord myRecord, AccessLog accessLog) {
    this.myRecord = myRecord;
    this.accessLog = accessLog;
  }

  @GetMapping("/api/me")
  @Operation(summary = "My record at a glance: new shared notes, my key worker, where I live, a planned move")
  MySummary summary(@AuthenticationPrincipal CurrentUser user) {
    return myRecord.summary(user);
  }

  @GetMapping("/api/me/team")
  @Operation(summary = "My team, key worker first, with their organisation and work contact details")
  MyTeam team(@AuthenticationPrincipal CurrentUser user) {
    return myRecord.team(user);
  }

  @GetMapping("/api/me/pathway")
  @Operation(summary = "Where I live now, where I lived before, and my move plan if one is open")
  MyPathway pathway(@AuthenticationPrincipal CurrentUser user) {
    return myRecord.pathway(user);
  }

  @GetMapping("/api/me/access-log")
  @Operation(summary = "Who has looked at my record and when, newest first, computed from the audit trail")
  Paged<AccessLogEntry> accessLog(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "false") boolean others, @RequestParam(defaultValue = "0") int page) {
    return accessLog.page(user, others, page);
  }
}
