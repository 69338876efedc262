package org.bridgeway.careteam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.Accounts;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.NewAccount;
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
import org.bridgeway.referrals.NewReferral;
import org.bridgeway.referrals.ReferralSource;
import org.bridgeway.referrals.ReferralStatus;
import org.bridgeway.referrals.Referrals;
import org.bridgeway.referrals.Urgency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds the relationships a test needs in a fresh alliance: two partner organisations, each with a service,
 * staff who can sign in, a person, referrals and allocations. Allocations are written as SQL rows, as the
 * panel would leave them, since the referrals module has no way to make one yet.
 */
@Component
public class Scene {

  public static final String PASSWORD = "a long test passphrase";

  private final TestAlliances alliances;
  private final Organisations organisations;
  private final Services services;
  private final Staff staff;
  private final People people;
  private final Referrals referrals;
  private final Accounts accounts;
  private final JdbcClient jdbc;
  private final Clock clock;

  Scene(TestAlliances alliances, Organisations organisations, Services services, Staff staff, People people,
      Referrals referrals, Accounts accounts, JdbcClient jdbc, Clock clock) {
    this.alliances = alliances;
    this.organisations = organisations;
    this.services = services;
    this.staff = staff;
    this.people = people;
    this.referrals = referrals;
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A fresh alliance with "our" organisation (where the worker is employed) and "their" organisation. */
  public Alliance create() {
    TestAlliance alliance = alliances.create();
    CurrentUser admin = alliance.as(Role.ADMIN);
    UUID ours = organisations.add(admin, new OrganisationDetails("Thames Reach", Sector.VOLUNTARY, null));
    UUID theirs = organisations.add(admin, new OrganisationDetails("South London Trust", Sector.NHS, "RV5"));
    return new Alliance(alliance, admin, ours, theirs, service(admin, ours), service(admin, theirs));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private UUID service(CurrentUser admin, UUID organisation) {
    return services.add(admin, new ServiceDetails(organisation, "Recovery house " + organisation.toString().substring(0, 4),
        ServiceKind.COMMUNITY_RECOVERY, false, 12, org.bridgeway.alliance.CapacityUnit.BEDS, null, null, null, null,
        false, false, false, null, null, null, null));
  }

  /** One alliance of a scene, and the things to make in it. */
  public final class Alliance {

    public final TestAlliance test;
    public final CurrentUser admin;
    public final UUID ours;
    public final UUID theirs;
    public final UUID ourService;
    public final UUID theirService;

    Alliance(TestAlliance test, CurrentUser admin, UUID ours, UUID theirs, UUID ourService, UUID theirService) {
      this.test = test;
      this.admin = admin;
      this.ours = ours;
      this.theirs = theirs;
      this.ourService = ourService;
      this.theirService = theirService;
    }

    public UUID staff(UUID organisation, String givenName) {
      return Scene.this.staff.add(admin, new StaffDetails(organisation, null, givenName, "Adeyemi",
          StaffRole.SUPPORT_WORKER, "Recovery worker", new BigDecimal("37.5"), false, today().minusYears(2), null,
          null));
    }

    /** A user of the role, signed in as the member of staff (or as no one's staff when null), with an account. */
    public CurrentUser user(Role role, @Nullable UUID staffId) {
      String username = test.shortName() + "-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString()
          .substring(0, 6);
      UUID account = accounts.open(new NewAccount(username, PASSWORD, "Test " + role.label(), role, test.id(),
          staffId, null));
      return new CurrentUser(account, username, "Test " + role.label(), role, test.id(), test.shortName(), staffId,
          null);
    }

    public UUID person() {
      return people.add(admin, new PersonDetails("Samuel", "Okafor", "Sam", "27", "3", "1980", null, "1", "N", null,
          null, null, "English", false, null, "12 Acre Lane", "SW2 5RU", null, "Brixton Hill Group Practice",
          "G85001", null, null, "Cooking for friends", "Football"));
    }

    /** A referral for the person, moved along its allowed way to the status given. */
    public UUID referral(UUID person, ReferralStatus status) {
      UUID id = referrals.refer(admin, new NewReferral(person, ReferralSource.GP, "Dr Patel", null, null, today(),
          "Ready to leave the ward", true, null, Urgency.ROUTINE, null, true, null, null));
      if (status != ReferralStatus.RECEIVED) {
        referrals.move(admin, id, 0, ReferralStatus.AWAITING_PANEL, null, "ACCEPTED");
      }
      if (status != ReferralStatus.RECEIVED && status != ReferralStatus.AWAITING_PANEL) {
        referrals.move(admin, id, 1, status, "Decided at the panel", "DECIDED");
      }
      return id;
    }

    /** The person allocated (or put on the waiting list) at a service, ended on a day or still open. */
    public void allocate(UUID person, UUID service, String kind, @Nullable LocalDate endedOn) {
      UUID referral = referral(person, kind.equals("ALLOCATED") ? ReferralStatus.ALLOCATED
          : ReferralStatus.WAITING_LIST);
      jdbc.sql("""
              insert into allocation (alliance_id, id, referral_id, person_id, service_id, kind, since, ended_on)
              values (?, ?, ?, ?, ?, ?, ?, ?)""")
          .params(test.id(), UUID.randomUUID(), referral, person, service, kind, today().minusDays(20), endedOn)
          .update();
    }
  }
}
