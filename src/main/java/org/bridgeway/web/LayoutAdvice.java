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
      case ADMIN, MANAGER, PRACTITIONER, PANEL_MEMBER -> links.add(new String[] {"People", "/people"});
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
    if (role.worksWithRecords()) {
      links.add(new String[] {"Referrals", "/referrals"});
    }
    if (role == Role.ADMIN || role == Role.MANAGER || role == Role.PANEL_MEMBER) {
      links.add(new String[] {"Panel", "/panels"});
    }
    for (Hub hub : Hub.values()) {
      if (HubLinks.anyFor(hub, role)) {
        links.add(new String[] {hub.menuLabel(), hub.href()});
      }
    }
    String current = links.stream().map(link -> link[1]).filter(href -> leadsTo(href, path)
            || hubOf(path).map(hub -> hub.href().equals(href)).orElse(false))
        .max(java.util.Comparator.comparingInt(String::length)).orElse("");
    return links.stream().map(link -> new NavigationItem(link[0], link[1], link[1].equals(current))).toList();
  }

  /** The hub that lists the page, if the page is listed in one. */
  private static java.util.Optional<Hub> hubOf(String path) {
    return HubLinks.ALL.stream().filter(link -> leadsTo(link.href(), path)).map(HubLinks.HubLink::hub).findFirst();
  }

  /** The page is the link's own or one beneath it; the longest such link is the current one. */
  private static boolean leadsTo(String href, String path) {
    return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
  }
}
