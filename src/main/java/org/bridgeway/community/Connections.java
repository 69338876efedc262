package org.bridgeway.community;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.community.internal.ConnectionStore;
import org.bridgeway.community.internal.ResourceStore;
import org.bridgeway.people.People;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.RecordNotFound;
import org.bridgeway.shared.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's community connections over time. Their workers (anyone who may open the record) and the person
 * themselves, on their own record, add connections: to a resource from the directory, or one named in free text.
 * A connection is active from its start up to the day before its end; an end before the start is refused and
 * saves nothing. How it is going is updated over time, and the end recorded when it ends. Every read and change
 * is audited against the person.
 *
 * <p>The person may add connections and say how each is going, but may not end one, nor add one as already
 * ended ({@link EndingRefused}, 403): a connection ending is often a sign that something is wrong, so it is
 * recorded by their worker, after talking it through with them, and the figure of active connections moves
 * only by a worker's hand.
 */
@Service
public class Connections {

  private final ConnectionStore store;
  private final ResourceStore resources;
  private final People people;
  private final AuditTrail audit;
  private final Clock clock;

  Connections(ConnectionStore store, ResourceStore resources, People people, AuditTrail audit, Clock clock) {
    this.store = store;
    this.resources = resources;
    this.people = people;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public List<Connection> of(CurrentUser user, UUID personId) {
    people.requireAccess(user, personId);
    List<Connection> connections = store.ofPerson(user.alliance(), personId);
    audit.record(user, user.alliance(), AuditAction.VIEW, "CommunityConnections", personId, personId,
        connections.size() + " connections");
    return connections;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public Connection get(CurrentUser user, UUID personId, UUID id) {
    people.requireAccess(user, personId);
    Connection connection = find(user, personId, id);
    audit.record(user, user.alliance(), AuditAction.VIEW, "CommunityConnection", id, personId, null);
    return connection;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID add(CurrentUser user, UUID personId, NewConnection connection) {
    people.requireAccess(user, personId);
    return insert(user, personId, connection, false);
  }

  /** Records how it is going and, when it has ended, its end; refused if changed since the version read. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void change(CurrentUser user, UUID personId, UUID id, int version, ConnectionChange change) {
    people.requireAccess(user, personId);
    Connection connection = find(user, personId, id);
    List<FieldProblem> problems = new ArrayList<>(NewConnection.endProblems(connection.start(), change.end()));
    problems.addAll(progressProblems(change));
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (connection.version() != version || !store.change(user.alliance(), id, version, change.progress(),
        ResourceDetails.tidy(change.note()), change.end(), user.username())) {
      throw new EditConflict("connection");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "CommunityConnection", id, personId,
        change.progress().label() + (change.end() == null ? "" : ", ended " + change.end()));
  }

  /** The person's own connections, on their own record. */
  @Transactional
  public List<Connection> mine(CurrentUser user) {
    UUID me = me(user);
    List<Connection> connections = store.ofPerson(user.alliance(), me);
    audit.record(user, user.alliance(), AuditAction.VIEW, "CommunityConnections", me, me, "Their own connections");
    return connections;
  }

  /** A connection the person adds themselves, to their own record. */
  @Transactional
  public UUID addMine(CurrentUser user, NewConnection connection) {
    UUID me = me(user);
    if (connection.end() != null) {
      throw new EndingRefused();
    }
    return insert(user, me, connection, true);
  }

  /** The person says how one of their own connections is going; an end given is refused. */
  @Transactional
  public void changeMine(CurrentUser user, UUID id, int version, ConnectionChange change) {
    UUID me = me(user);
    Connection connection = find(user, me, id);
    if (change.end() != null) {
      throw new EndingRefused();
    }
    if (!progressProblems(change).isEmpty()) {
      throw new InvalidInput(progressProblems(change));
    }
    if (connection.version() != version || !store.change(user.alliance(), id, version, change.progress(),
        ResourceDetails.tidy(change.note()), connection.end(), user.username())) {
      throw new EditConflict("connection");
    }
    audit.record(user, user.alliance(), AuditAction.UPDATE, "CommunityConnection", id, me,
        change.progress().label() + ", said by them");
  }

  /** One of the person's own connections. */
  @Transactional
  public Connection getMine(CurrentUser user, UUID id) {
    UUID me = me(user);
    Connection connection = find(user, me, id);
    audit.record(user, user.alliance(), AuditAction.VIEW, "CommunityConnection", id, me, "Their own connection");
    return connection;
  }

  /** How many connections of the person are active on the day, for figures; not audited, as nothing is shown. */
  @Transactional(readOnly = true)
  public int activeOn(UUID alliance, UUID personId, LocalDate day) {
    return store.activeOn(alliance, personId, day);
  }

  /** Among the people listed, each one's active connections on the day and how many have at least one. */
  @Transactional(readOnly = true)
  public ConnectionFigures among(UUID alliance, Collection<UUID> peopleListed, LocalDate day) {
    Map<UUID, Integer> found = store.activeAmong(alliance, peopleListed, day);
    Map<UUID, Integer> perPerson = new LinkedHashMap<>();
    peopleListed.forEach(person -> perPerson.put(person, found.getOrDefault(person, 0)));
    int withOne = (int) perPerson.values().stream().filter(n -> n > 0).count();
    return new ConnectionFigures(perPerson, withOne);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private UUID insert(CurrentUser user, UUID personId, NewConnection c, boolean byPerson) {
    Resource resource = c.resourceId() == null ? null : resources.get(user.alliance(), c.resourceId())
        .orElseThrow(() -> new Refused("resourceId", "Choose a place from the directory"));
    List<FieldProblem> problems = c.problems(resource != null);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    if (resource != null && !resource.active()) {
      throw new Refused("resourceId", resource.name() + " was taken out of the directory: choose another");
    }
    String name = resource != null ? resource.name() : c.resourceName().trim();
    ResourceKind kind = c.kind() != null ? c.kind() : resource.kind();
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, personId, resource == null ? null : resource.id(), name, kind, c.start(),
        c.end(), c.progress(), ResourceDetails.tidy(c.note()), byPerson, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "CommunityConnection", id, personId,
        kind.label() + ": " + name + (byPerson ? ", added by them" : ""));
    return id;
  }

  private static List<FieldProblem> progressProblems(ConnectionChange change) {
    List<FieldProblem> problems = new ArrayList<>();
    if (change.progress() == null) {
      problems.add(new FieldProblem("progress", "Select how it is going"));
    }
    if (change.note() != null && change.note().trim().length() > 2000) {
      problems.add(new FieldProblem("note", "Enter no more than 2,000 characters"));
    }
    return problems;
  }

  private Connection find(CurrentUser user, UUID personId, UUID id) {
    return store.get(user.alliance(), personId, id).orElseThrow(() -> new RecordNotFound("Connection"));
  }

  private static UUID me(CurrentUser user) {
    if (user.role() != Role.PERSON || user.personId() == null) {
      throw new RecordNotFound("Person");
    }
    return user.personId();
  }
}
