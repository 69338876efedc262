package org.bridgeway.alliance.web;

import org.bridgeway.shared.FormErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.NewAccount;
import org.bridgeway.alliance.AllianceAccounts;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffMember;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The alliance's sign-in accounts, and opening a new one with one of the alliance's roles. */
@Controller
class AccountPages {

  private final Accounts accounts;
  private final AllianceAccounts allianceAccounts;
  private final Staff staff;

  AccountPages(Accounts accounts, AllianceAccounts allianceAccounts, Staff staff) {
    this.accounts = accounts;
    this.allianceAccounts = allianceAccounts;
    this.staff = staff;
  }

  @GetMapping("/admin/users")
  String list(@AuthenticationPrincipal CurrentUser user, Model model) {
    model.addAttribute("accounts", accounts.ofAlliance(user.alliance()));
    return "admin/users";
  }

  @GetMapping("/admin/users/new")
  String newAccount(@AuthenticationPrincipal CurrentUser user, Model model) {
    return form(user, model, AccountForm.blank(), Map.of());
  }

  @PostMapping("/admin/users")
  String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute AccountForm form, Model model,
      RedirectAttributes redirect) {
    try {
      List<FieldProblem> problems = new ArrayList<>();
      NewAccount account = form.account(user.alliance(), problems);
      if (account == null) {
        throw new InvalidInput(problems);
      }
      allianceAccounts.open(user, account);
      redirect.addFlashAttribute("success", "Account opened for " + account.displayName().trim());
      return "redirect:/admin/users";
    } catch (InvalidInput | org.bridgeway.shared.Refused e) {
      return form(user, model, new AccountForm(form.username(), form.displayName(), form.role(), null,
          form.staffId()), FormErrors.of(e));
    }
  }

  private String form(CurrentUser user, Model model, AccountForm form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("roles", Options.allianceRoles());
    model.addAttribute("staff", Options.of(staff.page(user.alliance(), 0, 500).items(), StaffMember::id,
        m -> m.familyName() + ", " + m.givenName() + " (" + m.organisationName() + ")"));
    return "admin/user-form";
  }
}
