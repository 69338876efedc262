package org.bridgeway.web;

import org.bridgeway.access.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security checks what is posted to it. */
@Controller
class SignInController {

  @GetMapping("/login")
  String signIn(@AuthenticationPrincipal @Nullable CurrentUser user) {
    return user == null ? "sign-in" : "redirect:/";
  }
}
