package org.bridgeway.access.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.ApiClient;
import org.bridgeway.access.ApiClients;
import org.bridgeway.access.ApiScopes;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.NewApiClient;
import org.bridgeway.shared.FormErrors;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alliance administrator's API clients: the list, registering one (its secret shown once, on the page the
 * registration leads to), and revoking one with a reason.
 */
@Controller
class ApiClientController {

  private final ApiClients clients;

  ApiClientController(ApiClients clients) {
    this.clients = clients;
  }

  @GetMapping("/admin/api-clients")
  String list(@AuthenticationPrincipal CurrentUser admin, Model model) {
    model.addAttribute("clients", clients.list(admin));
    return "admin/api-clients";
  }

  @GetMapping("/admin/api-clients/new")
  String form(Model model) {
    return form(model, new HashMap<>(Map.of("name", "")), List.of(), Map.of());
  }

  @PostMapping("/admin/api-clients")
  String register(@AuthenticationPrincipal CurrentUser admin, @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) List<String> scopes, Model model, RedirectAttributes redirect) {
    List<String> chosen = scopes == null ? List.of() : scopes;
    try {
      NewApiClient added = clients.register(admin, name, chosen);
      redirect.addFlashAttribute("success", "API client " + added.client().name() + " registered");
      redirect.addFlashAttribute("secret", added.secret());
      return "redirect:/admin/api-clients/" + added.client().id();
    } catch (InvalidInput e) {
      return form(model, new HashMap<>(Map.of("name", name)), chosen, FormErrors.of(e));
    }
  }

  @GetMapping("/admin/api-clients/{id}")
  String client(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, Model model) {
    return page(model, clients.get(admin, id), Map.of(), "");
  }

  @PostMapping("/admin/api-clients/{id}/revoke")
  String revoke(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
      @RequestParam(defaultValue = "") String reason, Model model, RedirectAttributes redirect) {
    try {
      ApiClient revoked = clients.revoke(admin, id, reason);
      redirect.addFlashAttribute("success", "API client " + revoked.name() + " revoked");
      return "redirect:/admin/api-clients/" + id;
    } catch (Refused e) {
      return page(model, clients.get(admin, id), FormErrors.of(e), reason);
    }
  }

  private static String form(Model model, Map<String, Object> form, List<String> chosen, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("chosen", chosen);
    model.addAttribute("allScopes", List.of(ApiScopes.READ_ALL, ApiScopes.WRITE_ALL));
    model.addAttribute("types", ApiScopes.RESOURCE_TYPES);
    model.addAttribute("errors", errors);
    return "admin/api-client-form";
  }

  private static String page(Model model, ApiClient client, Map<String, String> errors, String reason) {
    model.addAttribute("client", client);
    model.addAttribute("errors", errors);
    model.addAttribute("form", Map.of("reason", reason));
    return "admin/api-client";
  }
}
