package org.bridgeway.community;

import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.community.internal.ResourceStore;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alliance's directory of community resources. Anyone who works with records reads it, and a person who uses
 * services sees the open resources to choose from. Administrators, managers and practitioners add and change
 * resources: practitioners are the ones who find new places with the people they support. Only administrators
 * and managers withdraw one, with a reason; it is never deleted, so past connections keep it. A change made from
 * a stale copy is refused. Every change is audited.
 */
@Service
public class CommunityDirectory {

  public static final int PAGE_SIZE = 20;

  private final ResourceStore store;
  private final AuditTrail audit;

  CommunityDirectory(ResourceStore store, AuditTrail audit) {
    this.store = store;
    this.audit = audit;
  }

  /** One page of resources by name, of the kind and matching the words when given; withdrawn ones on request. */
  @Transactional(readOnly = true)
  public Paged<Resource> find(CurrentUser user, @Nullable ResourceKind kind, @Nullable String words,
      boolean withWithdrawn, int page) {
    return store.find(user.alliance(), kind, words == null ? "" : words, withWithdrawn, Math.max(0, page), PAGE_SIZE);
  }

  @Transactional(readOnly = true)
  public Resource get(CurrentUser user, UUID id) {
    return store.get(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Community resource"));
  }

  /** The open resources, by name, to choose from when adding a connection. */
  @Transactional(readOnly = true)
  public List<Resource> choices(CurrentUser user) {
    return store.active(user.alliance());
  }

  public static boolean mayChange(CurrentUser user) {
    return user.role() == Role.ADMIN || user.role() == Role.MANAGER || user.role() == Role.PRACTITIONER;
  }

  public static boolean mayWithdraw(CurrentUser user) {
    return user.role() == Role.ADMIN || user.role() == Role.MANAGER;
  }

  @Transactional
  public UUID add(CurrentUser user, ResourceDetails details) {
    requireChange(user);
    checked(details);
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, details, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "CommunityResource", id, null,
        details.kind().label() + ": " + details.name().trim());
    return id;
  }

  /** Replaces the details; refused if someone changed the resource since the version read. */
  @Transactional
  public void change(CurrentUser user, UUID id, int version, ResourceDetails details) {
    requireChange(user);
    Resource resource = get(user, id);
    checked(details);
    if (!resource.active()) {
      throw new Refused("name", "This resource was withdrawn, so it cannot be changed");
    }
    if (resource.version() != version || !store.change(user.alliance(), id, version, details, user.username())) {
      throw new EditConflict("community resource");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "CommunityResource", id, null, details.name().trim());
  }

  /** Takes a resource out of the directory, with a reason; it stays readable, marked as withdrawn. */
  @Transactional
  public void withdraw(CurrentUser user, UUID id, int version, @Nullable String reason) {
    if (!mayWithdraw(user)) {
      throw new AccessDenied("Only administrators and managers withdraw resources");
    }
    Resource resource = get(user, id);
    if (ResourceDetails.blank(reason)) {
      throw new InvalidInput(List.of(new FieldProblem("reason", "Enter why the resource is being withdrawn")));
    }
    if (!resource.active()) {
      throw new Refused("reason", "This resource was already withdrawn");
    }
    if (resource.version() != version
        || !store.withdraw(user.alliance(), id, version, reason.trim(), user.displayName())) {
      throw new EditConflict("community resource");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "CommunityResource", id, null, reason.trim());
  }

  private static void checked(ResourceDetails details) {
    List<FieldProblem> problems = details.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  private static void requireChange(CurrentUser user) {
    if (!mayChange(user)) {
      throw new AccessDenied("Only administrators, managers and practitioners change the directory");
    }
  }
}
