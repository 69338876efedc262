package org.bridgeway.referrals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bridgeway.TestAlliances;
import org.bridgeway.TestAlliances.TestAlliance;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.access.Role;
import org.bridgeway.alliance.CapacityUnit;
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

/** Builds a fresh alliance ready for a panel: a partner, two services, two staff and referrals awaiting it. */
@Component
public class PanelScenario {

  private final TestAlliances alliances;
  private final Organisations organisations;
  private final Services services;
  private final Staff staff;
  private final People people;
  private final Referrals referrals;
  private final Panels panels;

  PanelScenario(TestAlliances alliances, Organisations organisations, Services services, Staff staff, People people,
      Referrals referrals, Panels panels) {
    this.alliances = alliances;
    this.organisations = organisations;
    this.services = services;
    this.staff = staff;
    this.people = people;
    this.referrals = referrals;
    this.panels = panels;
  }

  /** An alliance with its people in each panel role, and what a panel chooses from. */
  public record Scene(TestAlliance alliance, CurrentUser manager, CurrentUser member, UUID charity, UUID flats,
      UUID floating, UUID keyWorker, UUID peerWorker) {}

  public Scene create() {
    TestAlliance alliance = alliances.create();
    CurrentUser admin = alliance.as(Role.ADMIN);
    UUID charity = organisations.add(admin, new OrganisationDetails("Recovery Charity", Sector.VOLUNTARY, null));
    UUID flats = services.add(admin, service(charity, "Ferndale studio flats", ServiceKind.STAFFED_FLATS));
    UUID floating = services.add(admin, service(charity, "Floating support", ServiceKind.FLOATING_SUPPORT));
    UUID keyWorker = staff.add(admin, worker(charity, "Ama", "Owusu", StaffRole.SUPPORT_WORKER));
    UUID peer = staff.add(admin, worker(charity, "Kofi", "Mensah", StaffRole.PEER_WORKER));
    return new Scene(alliance, alliance.as(Role.MANAGER), alliance.as(Role.PANEL_MEMBER), charity, flats, floating,
        keyWorker, peer);
  }

  /** A referral for a new person, received on the day given and accepted for the panel. */
  public UUID awaiting(Scene scene, String given, Urgency urgency, LocalDate receivedOn, UUID... services) {
    CurrentUser manager = scene.manager();
    UUID person = people.add(manager, new PersonDetails(given, "Okafor", null, "27", "3", "1980", null, null, null,
        null, null, null, null, false, null, null, null, null, null, null, null, null, null, null));
    UUID id = referrals.refer(manager, new NewReferral(person, ReferralSource.GP, "Dr Patel", null, null, receivedOn,
        "Ready to leave the ward for " + given, services.length == 0, List.of(services), urgency,
        "Self-neglect when unwell", true, null, null));
    referrals.move(manager, id, 0, ReferralStatus.AWAITING_PANEL, null, "ACCEPTED");
    return id;
  }

  public UUID meeting(Scene scene, LocalDate on) {
    return panels.schedule(scene.manager(),
        new NewPanelMeeting(on, java.time.LocalTime.of(10, 0), "Lambeth Hub, room 2", "Dr Rao"));
  }

  private static ServiceDetails service(UUID organisation, String name, ServiceKind kind) {
    return new ServiceDetails(organisation, name, kind, false, 9, CapacityUnit.FLATS, new BigDecimal("900"), null,
        null, null, false, false, false, null, null, null, null);
  }

  private static StaffDetails worker(UUID organisation, String given, String family, StaffRole role) {
    return new StaffDetails(organisation, null, given, family, role, null, new BigDecimal("37.5"), false,
        LocalDate.of(2024, 1, 1), null, null);
  }
}
