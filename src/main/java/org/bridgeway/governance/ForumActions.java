package org.bridgeway.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.governance.internal.ActionStore;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions that answer the forum's issues. Managers and administrators add, change, close and void them;
 * practitioners read them. An action is closed once, on a day no earlier than its meeting and not in the future,
 * with what we did in words fit for the public page; a closed or voided action cannot be changed, and a change
 * from a stale copy is refused. Closed actions are published, naming no one, on the alliance's "you said, we did"
 * page.
 */
@Service
public class ForumActions {

  public static final int PUBLIC_PAGE_SIZE = 25;
  private static final int MOST_OPEN = 200;

  private final ActionStore store;
  private final Forum forum;
  private final Alliances alliances;
  private final AuditTrail audit;

  ForumActions(ActionStore store, Forum forum, Alliances alliances, AuditTrail audit) {
    this.store = store;
    this.forum = forum;
    this.alliances = alliances;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public ForumAction get(CurrentUser user, UUID id) {
    Forum.requireRead(user);
    return store.get(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Forum action"));
  }

  /**
   * The actions that still count closed in the period, both ends included, oldest closed first: the records
   * behind the figure "actions closed" of {@link ActionsClosed}.
   */
  @Transactional(readOnly = true)
  public List<ForumAction> closedBetween(CurrentUser user, LocalDate from, LocalDate to) {
    Forum.requireRead(user);
    return store.closedBetween(user.alliance(), from, to);
  }

  /** Open actions that still count, the longest overdue first. */
  @Transactional(readOnly = true)
  public List<ForumAction> open(CurrentUser user) {
    Forum.requireRead(user);
    return store.open(user.alliance(), MOST_OPEN);
  }

  @Transactional
  public UUID add(CurrentUser user, UUID issueId, ActionDetails details) {
    Forum.requireChange(user);
    Issue issue = forum.issue(user, issueId);
    if (issue.voided()) {
      throw new Refused("what", "This issue was voided, so no action can be added to it");
    }
    Forum.checked(details.problems());
    forum.staffMember(user, details.ownerId(), "ownerId");
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), issueId, id, details, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "ForumAction", id, null, details.what().trim());
    return id;
  }

  /** Replaces what the action is, its owner and due date; refused if someone changed it since the version read. */
  @Transactional
  public void change(CurrentUser user, UUID id, int version, ActionDetails details) {
    Forum.requireChange(user);
    ForumAction action = standing(user, id);
    if (action.closed()) {
      throw new Refused("what", "This action was closed, so it cannot be changed");
    }
    Forum.checked(details.problems());
    forum.staffMember(user, details.ownerId(), "ownerId");
    if (action.version() != version || !store.change(user.alliance(), id, version, details, user.username())) {
      throw new EditConflict("forum action");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "ForumAction", id, null, details.what().trim());
  }

  /** Closes the action on a day with what we did; it then shows on the public page. */
  @Transactional
  public void close(CurrentUser user, UUID id, int version, Closing closing) {
    Forum.requireChange(user);
    ForumAction action = standing(user, id);
    if (action.closed()) {
      throw new Refused("closedOn", "This action was already closed");
    }
    Forum.checked(closing.problems(action.meetingOn(), forum.today()));
    if (action.version() != version || !store.close(user.alliance(), id, version, closing, user.username())) {
      throw new EditConflict("forum action");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "ForumAction", id, null,
        "Closed on " + Dates.show(closing.closedOn()) + ": " + closing.whatWeDid().trim());
  }

  @Transactional
  public void voidAction(CurrentUser user, UUID id, int version, @Nullable String reason) {
    Forum.requireChange(user);
    standing(user, id);
    String why = Forum.reason(reason);
    if (!store.voidAction(user.alliance(), id, version, why, user.displayName())) {
      throw new EditConflict("forum action");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "ForumAction", id, null, why);
  }

  /** The public page of an alliance named by its short name: its name and one page of closed actions. */
  @Transactional(readOnly = true)
  public PublicPage youSaidWeDid(String allianceShortName, int page) {
    Optional<UUID> alliance = alliances.findByShortName(allianceShortName);
    if (alliance.isEmpty()) {
      throw new RecordNotFound("Alliance");
    }
    return new PublicPage(alliances.get(alliance.get()).name(), allianceShortName.trim().toLowerCase(),
        store.youSaidWeDid(alliance.get(), Math.max(0, page), PUBLIC_PAGE_SIZE));
  }

  /** Where the user's alliance's public "you said, we did" page is. */
  public String publicAddress(CurrentUser user) {
    return "/you-said-we-did/" + alliances.shortName(user.alliance());
  }

  /** The alliance's "you said, we did" page: closed actions, naming no one. */
  public record PublicPage(String allianceName, String shortName, Paged<YouSaidWeDid> actions) {}

  private ForumAction standing(CurrentUser user, UUID id) {
    ForumAction action = get(user, id);
    if (action.voided()) {
      throw new Refused("reason", "This action was voided, so it cannot be changed");
    }
    return action;
  }
}
