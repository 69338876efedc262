package org.bridgeway.access;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.internal.ApiClientStore;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and revokes the alliance's API clients: partner systems that get a short-lived token from
 * {@code /oauth2/token} with their client id and secret (OAuth 2.0 client credentials) and call the FHIR API with
 * it. Only the alliance's administrators manage them. A client is never deleted: revoking it stops new tokens at
 * once and its tokens already issued are refused on their next use, since every call checks the client.
 */
@Service
public class ApiClients {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ApiClientStore store;
  private final PasswordEncoder passwordEncoder;
  private final ApplicationEventPublisher events;

  ApiClients(ApiClientStore store, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
    this.store = store;
    this.passwordEncoder = passwordEncoder;
    this.events = events;
  }

  /** The alliance's clients, those in use first. */
  public List<ApiClient> list(CurrentUser admin) {
    requireAdmin(admin);
    return store.ofAlliance(admin.alliance());
  }

  public ApiClient get(CurrentUser admin, UUID id) {
    requireAdmin(admin);
    return store.find(admin.alliance(), id).orElseThrow(() -> new RecordNotFound("API client"));
  }

  /**
   * Registers a client with a name and scopes from {@link ApiScopes#OFFERED}, and answers its secret, which is
   * shown this once and kept only as a hash.
   */
  @Transactional
  public NewApiClient register(CurrentUser admin, String name, Collection<String> scopes) {
    requireAdmin(admin);
    String trimmed = name == null ? "" : name.trim();
    Set<String> chosen = new LinkedHashSet<>(scopes);
    List<FieldProblem> problems = new ArrayList<>();
    if (trimmed.isEmpty()) {
      problems.add(new FieldProblem("name", "Enter the partner system's name"));
    } else if (trimmed.length() > 100) {
      problems.add(new FieldProblem("name", "Enter a name of 100 characters or fewer"));
    }
    if (chosen.isEmpty()) {
      problems.add(new FieldProblem("scopes", "Choose at least one thing the system may do"));
    } else if (!ApiScopes.OFFERED.containsAll(chosen)) {
      problems.add(new FieldProblem("scopes", "Choose only from the scopes listed"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    List<String> ordered = ApiScopes.OFFERED.stream().filter(chosen::contains).toList();
    UUID id = UUID.randomUUID();
    String clientId = "bw-" + HexFormat.of().formatHex(bytes(10));
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    store.insert(admin.alliance(), id, clientId, passwordEncoder.encode(secret), trimmed, ordered, admin.username());
    events.publishEvent(new ApiClientChange(admin, id, false,
        "Registered API client " + trimmed + " (" + clientId + ") with " + String.join(", ", ordered)));
    return new NewApiClient(store.find(admin.alliance(), id).orElseThrow(), secret);
  }

  /** Revokes a client with a reason; it gets no more tokens and its tokens are refused from now on. */
  @Transactional
  public ApiClient revoke(CurrentUser admin, UUID id, String reason) {
    ApiClient client = get(admin, id);
    String why = reason == null ? "" : reason.trim();
    if (why.isEmpty()) {
      throw new Refused("reason", "Enter why the client is revoked");
    }
    if (client.revoked() || !store.revoke(admin.alliance(), id, admin.username(), why)) {
      throw new Refused("reason", "This client was revoked already");
    }
    events.publishEvent(new ApiClientChange(admin, id, true,
        "Revoked API client " + client.name() + " (" + client.clientId() + "): " + why));
    return get(admin, id);
  }

  private static void requireAdmin(CurrentUser user) {
    if (!user.is(Role.ADMIN) || user.username().startsWith(ApiCaller.username(""))) {
      throw new AccessDeniedException("Only the alliance's administrators manage its API clients");
    }
  }

  private static byte[] bytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
