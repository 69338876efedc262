package org.bridgeway.outcomes;

import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person's own outcome questionnaires, on their own record only: they fill in DIALOG themselves and see their
 * answers over time. Every read and change is audited against them.
 */
@Service
public class MyOutcomes {

  private final OutcomeWork work;

  MyOutcomes(OutcomeWork work) {
    this.work = work;
  }

  /** The questionnaire the person fills in themselves. */
  @Transactional
  public Instrument dialog(CurrentUser user) {
    me(user);
    return work.instrument(user.alliance(), Dialog.CODE);
  }

  /** The instruments the person has answers for, and DIALOG. */
  @Transactional
  public List<Instrument> instruments(CurrentUser user) {
    me(user);
    return work.library(user.alliance());
  }

  @Transactional
  public UUID record(CurrentUser user, NewResponse response) {
    return work.record(user, me(user), Dialog.CODE, response, true, user.displayName());
  }

  @Transactional
  public List<OutcomeResponse> mine(CurrentUser user) {
    return work.responses(user, me(user)).stream().filter(r -> !r.voided()).toList();
  }

  public java.time.LocalDate today() {
    return work.today();
  }

  private static UUID me(CurrentUser user) {
    if (user.role() != Role.PERSON || user.personId() == null) {
      throw new RecordNotFound("Person");
    }
    return user.personId();
  }
}
