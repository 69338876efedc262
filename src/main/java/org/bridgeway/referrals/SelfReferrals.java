package org.bridgeway.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.AllianceSummary;
import org.bridgeway.alliance.Alliances;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.bridgeway.people.PersonSummary;
import org.bridgeway.shared.FieldProblem;
import org.bridgeway.shared.InvalidInput;
import org.bridgeway.shared.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person refers themselves, without signing in. Nobody is signed in, so the referral, the person's record
 * (added when no record in the chosen alliance has the same first name, last name and date of birth) and the
 * audit lines are made by a system actor of that alliance: username {@value #ACTOR}, role practitioner, no
 * staff record. The referral comes from the person themselves (source self-referral), asks the panel to decide,
 * and is routine until triage says otherwise.
 */
@Service
public class SelfReferrals {

  public static final String ACTOR = "self-referral";
  static final UUID ACTOR_ACCOUNT = new UUID(0, 0);

  private final Referrals referrals;
  private final People people;
  private final Alliances alliances;
  private final Clock clock;

  SelfReferrals(Referrals referrals, People people, Alliances alliances, Clock clock) {
    this.referrals = referrals;
    this.people = people;
    this.alliances = alliances;
    this.clock = clock;
  }

  /** The alliances a person may choose between, by their public names. */
  public List<AllianceSummary> alliances() {
    return alliances.all();
  }

  @Transactional
  public UUID refer(SelfReferral form) {
    LocalDate today = LocalDate.now(clock);
    List<FieldProblem> problems = form.problems(today);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    CurrentUser actor = actor(form.alliance());
    UUID person = match(actor, form).orElseGet(() -> people.add(actor, new PersonDetails(form.givenName(),
        form.familyName(), null, form.dateOfBirthDay(), form.dateOfBirthMonth(), form.dateOfBirthYear(), null, null,
        null, null, null, null, null, false, null, null, null, null, null, null, null, null, null, null)));
    boolean consent = "yes".equals(form.consent());
    return referrals.refer(actor, new NewReferral(person, ReferralSource.SELF, form.fullName(), null,
        form.contact(), today, form.help(), true, List.of(), Urgency.ROUTINE, null, consent, null, null));
  }

  /** The system actor of the chosen alliance; an unknown alliance is refused as a choice not on the list. */
  CurrentUser actor(String allianceId) {
    AllianceSummary alliance = alliances.all().stream().filter(a -> a.id().toString().equals(allianceId.trim()))
        .findFirst().orElseThrow(() -> new Refused("alliance", "Select the area where you live from the list"));
    return new CurrentUser(ACTOR_ACCOUNT, ACTOR, "Self-referral form", Role.PRACTITIONER, alliance.id(),
        alliance.name(), null, null);
  }

  private java.util.Optional<UUID> match(CurrentUser actor, SelfReferral form) {
    List<PersonSummary> born = people.find(actor, form.dateOfBirth().toString(), 0, 100).items();
    return born.stream()
        .filter(p -> p.givenName().equalsIgnoreCase(form.givenName().trim())
            && p.familyName().equalsIgnoreCase(form.familyName().trim()))
        .map(PersonSummary::id).findFirst();
  }
}
