package org.bridgeway.access.web;

import java.util.Map;
import org.bridgeway.access.AccountException;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Your own account: who you are signed in as, and changing your password. */
@Controller
class AccountController {

  private final Accounts accounts;

  AccountController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/account")
  String account(Model model) {
    model.addAttribute("errors", Map.of());
    model.addAttribute("form", Map.of());
    return "account/account";
  }

  @PostMapping("/account/password")
  String changePassword(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
      @RequestParam(defaultValue = "") String confirmPassword, Model model, RedirectAttributes redirect) {
    try {
      accounts.changePassword(user, currentPassword, newPassword, confirmPassword);
      redirect.addFlashAttribute("success", "Your password has been changed");
      return "redirect:/account";
    } catch (AccountException e) {
      model.addAttribute("errors", Map.of(e.field(), e.getMessage()));
      model.addAttribute("form", Map.of());
      return "account/account";
    }
  }
}
