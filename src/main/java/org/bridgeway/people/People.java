package org.bridgeway.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.people.internal.PersonSearch;
import org.bridgeway.people.internal.PersonStore;
import org.bridgeway.shared.AccessDenied;
import org.bridgeway.shared.EditConflict;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding, reading, adding and changing people's records, within the user's own alliance. Every call is
 * written to the audit trail in the same transaction as the read or change it records. Anyone who works with
 * records may search (a result shows only what is needed to refer or to avoid a duplicate), but a full record
 * opens only to those {@link RecordAccess} allows; a refusal is audited and kept even though nothing else is.
 */
@Service
public class People {

  private final PersonStore store;
  private final PersonSearch search;
  private final AuditTrail audit;
  private final Alliances alliances;
  private final RecordAccess access;
  private final Clock clock;

  People(PersonStore store, PersonSearch search, AuditTrail audit, Alliances alliances, RecordAccess access,
      Clock clock) {
    this.store = store;
    this.search = search;
    this.audit = audit;
    this.alliances = alliances;
    this.access = access;
    this.clock = clock;
  }

  @Transactional
  public Paged<PersonSummary> find(CurrentUser user, String query, int page, int size) {
    if (query.isBlank()) {
      return new Paged<>(List.of(), 0, size, 0);
    }
    Paged<PersonSummary> found = search.search(user.alliance(), query, Math.max(0, page), size);
    audit.record(user, user.alliance(), AuditAction.SEARCH, "Person", null, null,
        "Searched for \"" + query.trim() + "\": " + found.total() + " found");
    return found;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public PersonRecord read(CurrentUser user, UUID id) {
    PersonRecord person = open(user, id);
    audit.recordPerson(user, AuditAction.VIEW, id, null);
    return person;
  }

  /**
   * Who the person is, as a search result shows them, for anyone who works with records: enough to refer them
   * without opening their full record. Not found outside the user's alliance.
   */
  @Transactional
  public PersonSummary identify(CurrentUser user, UUID id) {
    PersonRecord person = store.find(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Person"));
    PersonDetails details = person.details();
    audit.record(user, user.alliance(), AuditAction.SEARCH, "Person", id, id, "Chosen to refer");
    return new PersonSummary(id, person.localId(), details.nhsNumber(), String.valueOf(details.givenName()),
        String.valueOf(details.familyName()), details.preferredName(), person.dateOfBirth(), details.postcode());
  }

  /** True when the user may open the person's record; asks only, reads nothing and audits nothing. */
  public boolean mayOpen(CurrentUser user, UUID id) {
    return access.mayOpen(user, id);
  }

  /**
   * Fails as {@link People#read} would if the user could not open the person's record: not found in another
   * alliance, refused (and audited as refused) without a relationship. For other modules' pages about a person.
   */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void requireAccess(CurrentUser user, UUID id) {
    open(user, id);
  }

  private PersonRecord open(CurrentUser user, UUID id) {
    PersonRecord person = store.find(user.alliance(), id).orElseThrow(() -> new RecordNotFound("Person"));
    if (!access.mayOpen(user, id)) {
      audit.recordPerson(user, AuditAction.DENIED, id, "No care-team, service or panel relationship");
      throw new AccessDenied("record");
    }
    return person;
  }

  @Transactional
  public UUID add(CurrentUser user, PersonDetails details) {
    check(user, details, null);
    UUID id = UUID.randomUUID();
    store.insert(user.alliance(), id, alliances.shortName(user.alliance()), details, user.username());
    audit.recordPerson(user, AuditAction.CREATE, id, null);
    return id;
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public void change(CurrentUser user, UUID id, PersonDetails details, int version) {
    PersonRecord current = open(user, id);
    check(user, details, id);
    if (current.version() != version || !store.update(user.alliance(), id, details, user.username(), version)) {
      throw new EditConflict("record");
    }
    audit.recordPerson(user, AuditAction.UPDATE, id, changedFields(current.details().normalised(), details.normalised()));
  }

  @Transactional(noRollbackFor = AccessDenied.class)
  public UUID addToSupportCircle(CurrentUser user, UUID personId, SupportContactDetails contact) {
    open(user, personId);
    if (!contact.problems().isEmpty()) {
      throw new InvalidInput(contact.problems());
    }
    UUID id = UUID.randomUUID();
    store.insertContact(user.alliance(), personId, id, contact, user.username());
    audit.record(user, user.alliance(), AuditAction.CREATE, "SupportContact", id, personId, contact.name());
    return id;
  }

  /** Removes someone from the circle of support by voiding the entry, which stays on record with the reason. */
  @Transactional(noRollbackFor = AccessDenied.class)
  public void removeFromSupportCircle(CurrentUser user, UUID personId, UUID contactId, String reason) {
    open(user, personId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInput(List.of(new FieldProblem("reason", "Enter why they are being removed")));
    }
    if (!store.voidContact(user.alliance(), personId, contactId, reason.trim(), user.username())) {
      throw new RecordNotFound("Support contact");
    }
    audit.record(user, user.alliance(), AuditAction.VOID, "SupportContact", contactId, personId, reason.trim());
  }

  /**
   * Every person of the user's alliance whose record the user may open, by local id, for a bulk export; audited
   * as a search. Each record read after it is audited by {@link #read}.
   */
  @Transactional
  public List<UUID> openable(CurrentUser user) {
    List<UUID> ids = store.ids(user.alliance()).stream().filter(id -> access.mayOpen(user, id)).toList();
    audit.record(user, user.alliance(), AuditAction.SEARCH, "Person", null, null,
        "Everyone whose record may be opened, for an export: " + ids.size() + " found");
    return ids;
  }

  public long count(UUID allianceId) {
    return store.count(allianceId);
  }

  private void check(CurrentUser user, PersonDetails details, UUID exceptId) {
    List<FieldProblem> problems = new ArrayList<>(details.problems(LocalDate.now(clock)));
    String nhs = details.normalisedNhsNumber();
    if (problems.stream().noneMatch(p -> p.field().equals("nhsNumber")) && nhs != null
        && store.nhsNumberTaken(user.alliance(), nhs, exceptId == null ? new UUID(0, 0) : exceptId)) {
      problems.add(new FieldProblem("nhsNumber", "Another person's record already has this NHS number"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
  }

  static String changedFields(PersonDetails before, PersonDetails after) {
    List<String> changed = new ArrayList<>();
    var components = PersonDetails.class.getRecordComponents();
    for (var component : components) {
      try {
        Object a = component.getAccessor().invoke(before);
        Object b = component.getAccessor().invoke(after);
        if (!java.util.Objects.equals(a, b)) {
          changed.add(component.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return changed.isEmpty() ? "No fields changed" : "Changed: " + String.join(", ", changed);
  }
}
