package org.bridgeway.referrals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.OrganisationDetails;
import org.bridgeway.alliance.Organisations;
import org.bridgeway.alliance.Sector;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.alliance.Staff;
import org.bridgeway.alliance.StaffDetails;
import org.bridgeway.alliance.StaffRole;
import org.bridgeway.people.People;
import org.bridgeway.people.PersonDetails;
import org.springframework.stereotype.Component;

/**
 * A small alliance for referral tests: a trust that refers, a charity running a recovery service, a council
 * that neither refers nor receives, a worker at each, and a person to refer. Builds referrals to order.
 */
@Component
public class ReferralWorld {

  private final TestAlliances alliances;
  private final Organisations organisations;
  private final Services services;
  private final Staff staff;
  private final People people;

  ReferralWorld(TestAlliances alliances, Organisations organisations, Services services, Staff staff,
      People people) {
    this.alliances = alliances;
    this.organisations = organisations;
    this.services = services;
    this.staff = staff;
    this.people = people;
  }

  /** The alliance, its partners, a worker at each and a person. */
  public record World(TestAlliance alliance, CurrentUser admin, UUID trust, UUID charity, UUID council,
      UUID recovery, UUID flats, UUID trustStaff, UUID charityStaff, UUID councilStaff, UUID person) {

    public CurrentUser trustWorker() {
      return worker("trust-worker", trustStaff, Role.PRACTITIONER);
    }

    public CurrentUser charityWorker() {
      return worker("charity-worker", charityStaff, Role.PRACTITIONER);
    }

    public CurrentUser councilWorker() {
      return worker("council-worker", councilStaff, Role.PRACTITIONER);
    }

    public CurrentUser worker(String name, UUID staffId, Role role) {
      return new CurrentUser(UUID.randomUUID(), alliance.shortName() + "-" + name, name, role, alliance.id(),
          "Test alliance", staffId, null);
    }

    /** A referral from the trust for the recovery service, with or without consent to share. */
    public NewReferral referral(boolean consent) {
      return new NewReferral(person, ReferralSource.COMMUNITY_TEAM, "Dr Adeyemi", trust, "020 7946 0000",
          LocalDate.now().minusDays(3), "Ready to leave the ward and wants to live more independently", false,
          List.of(recovery), Urgency.SOON, "Has walked out of placements before", consent, null, null);
    }
  }

  public World create() {
    TestAlliance alliance = alliances.create();
    CurrentUser admin = alliance.as(Role.ADMIN);
    UUID trust = organisations.add(admin, new OrganisationDetails("Mental Health Trust", Sector.NHS, null));
    UUID charity = organisations.add(admin, new OrganisationDetails("Recovery Charity", Sector.VOLUNTARY, null));
    UUID council = organisations.add(admin, new OrganisationDetails("Borough Council", Sector.LOCAL_AUTHORITY, null));
    UUID recovery = services.add(admin, service(charity, "The Turrets recovery service",
        ServiceKind.COMMUNITY_RECOVERY));
    UUID flats = services.add(admin, service(charity, "Staffed flats", ServiceKind.STAFFED_FLATS));
    UUID person = people.add(admin, new PersonDetails("Samuel", "Okafor", "Sam", "27", "3", "1980", null, null,
        null, null, null, null, null, false, null, null, null, null, null, null, null, null, null, null));
    return new World(alliance, admin, trust, charity, council, recovery, flats, staff(admin, trust),
        staff(admin, charity), staff(admin, council), person);
  }

  private UUID staff(CurrentUser admin, UUID organisation) {
    return staff.add(admin, new StaffDetails(organisation, null, "Ama", "Owusu", StaffRole.SUPPORT_WORKER, null,
        new BigDecimal("37.5"), false, LocalDate.now().minusYears(1), null, null));
  }

  private static ServiceDetails service(UUID organisation, String name, ServiceKind kind) {
    return new ServiceDetails(organisation, name, kind, false, null, null, null, null, null, null, false, false,
        false, null, null, null, null);
  }
}
