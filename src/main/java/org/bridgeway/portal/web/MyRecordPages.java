package org.bridgeway.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.portal.AccessLog;
import org.bridgeway.portal.MyRecord;
import org.bridgeway.portal.RecordCopy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's own pages. None takes a person's id: each shows the record of the person signed in, so no
 * address can lead to anyone else's.
 */
@Controller
class MyRecordPages {

  private final MyRecord myRecord;
  private final AccessLog accessLog;
  private final RecordCopy copy;

  MyRecordPages(MyRecord myRecord, AccessLog accessLog, RecordCopy copy) {
    this.myRecord = myRecord;
    this.accessLog = accessLog;
    this.copy = copy;
  }

  @GetMapping("/me")
  String home(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("summary", myRecord.summary(user));
    return "portal/home";
  }

  @GetMapping("/me/team")
  String team(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("team", myRecord.team(user));
    return "portal/team";
  }

  @GetMapping("/me/pathway")
  String pathway(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("pathway", myRecord.pathway(user));
    return "portal/pathway";
  }

  @GetMapping("/me/access-log")
  String accessLog(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean others,
      @RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("log", accessLog.page(user, others, page));
    model.addAttribute("others", others);
    return "portal/access-log";
  }

  /** A copy of the whole record: a zip written straight to the response, after asking for it is audited. */
  @GetMapping("/me/download")
  void zip(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
    String name = copy.asked(user);
    response.setContentType("application/zip");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
        .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    copy.write(user, response.getOutputStream());
    response.flushBuffer();
  }
}
