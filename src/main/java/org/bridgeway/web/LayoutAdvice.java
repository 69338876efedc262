package org.bridgeway.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user and the menu their role allows. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

  @ModelAttribute("currentUser")
  @Nullable CurrentUser currentUser(@AuthenticationPrincipal @Nullable CurrentUser user) {
    return user;
  }

  @ModelAttribute("navigation")
  List<NavigationItem> navigation(@AuthenticationPrincipal @Nullable CurrentUser user, HttpServletRequest request) {
    return user == null ? List.of() : menuFor(user.role(), request.getRequestURI());
  }

  static List<NavigationItem> menuFor(Role role, String path) {
    List<String[]> links = new ArrayList<>();
    links.add(new String[] {"Home", "/"});
    switch (role) {
      case INSTALLATION_ADMIN -> links.add(new String[] {"Alliances", "/installation/alliances"});
      case ADMIN -> {
        links.add(new String[] {"People", "/people"});
        links.add(new String[] {"Referrals", "/referrals"});
        links.add(new String[] {"Alliance set-up", "/admin"});
        links.add(new String[] {"Audit trail", "/admin/audit"});
      }
      case MANAGER, PRACTITIONER, PANEL_MEMBER -> {
        links.add(new String[] {"Find a person", "/people"});
        links.add(new String[] {"Referrals", "/referrals"});
      }
      case PERSON -> {
        links.add(new String[] {"My record", "/me"});
        links.add(new String[] {"My plan", "/me/plan"});
        links.add(new String[] {"My notes", "/me/notes"});
      }
      default -> { }
    }
    if (role == Role.MANAGER || role == Role.PRACTITIONER) {
      links.add(new String[] {"My caseload", "/caseload"});
    }
    if (role == Role.ADMIN || role == Role.MANAGER || role == Role.PANEL_MEMBER) {
      links.add(new String[] {"Panel", "/panels"});
    }
    if (role.worksWithRecords()) {
      links.add(new String[] {"Capacity board", "/pathway/board"});
      links.add(new String[] {"Lengths of stay", "/pathway/lengths-of-stay"});
    }
    String current = links.stream().map(link -> link[1]).filter(href -> leadsTo(href, path))
        .max(java.util.Comparator.comparingInt(String::length)).orElse("");
    return links.stream().map(link -> new NavigationItem(link[0], link[1], link[1].equals(current))).toList();
  }

  /** The page is the link's own or one beneath it; the longest such link is the current one. */
  private static boolean leadsTo(String href, String path) {
    return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
  }
}
