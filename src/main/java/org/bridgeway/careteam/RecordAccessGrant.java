package org.bridgeway.careteam;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;

/**
 * A further relationship between a worker and a person, kept by another module, that lets the worker open the
 * person's record. {@link RecordAccessPolicy} asks every grant, for practitioners and service managers only,
 * after its own rules have said no; a grant can only widen access for those roles, never narrow it.
 *
 * <p>The modules that know these relationships (day services, for one) already depend on the care team through
 * the person's copy of their record, so the policy cannot read their types without a cycle. The dependency runs
 * the other way: such a module implements this interface as a bean, and the policy finds every bean that does.
 * A grant must be narrow and dated: it answers for today only, within the user's alliance, and from the records
 * alone, without auditing (the people module audits the read or the refusal).
 */
public interface RecordAccessGrant {

  /** True when the relationship lets the member of staff open the person's record on the day. */
  boolean grants(CurrentUser user, UUID staffId, UUID personId, LocalDate today);
}
