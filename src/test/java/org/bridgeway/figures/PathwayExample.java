package org.bridgeway.figures;

import java.time.LocalDate;
import java.util.UUID;
import org.bridgeway.alliance.ServiceDetails;
import org.bridgeway.alliance.ServiceKind;
import org.bridgeway.alliance.Services;
import org.bridgeway.careteam.Scene;
import org.bridgeway.pathway.EndReason;
import org.bridgeway.pathway.NewStay;
import org.bridgeway.pathway.Stays;
import org.jspecify.annotations.Nullable;

/**
 * The small pathway of {@link PathwayFiguresTest}, built in a fresh alliance, with its answers worked by hand
 * there. The other partner runs Elm Lodge and the ward.
 */
final class PathwayExample {

  final Scene.Alliance alliance;
  final UUID oak;
  final UUID elm;
  final UUID ward;
  final UUID ann;
  final UUID ben;
  final UUID cat;
  final UUID dan;
  private final Services services;
  private final Stays stays;

  PathwayExample(Scene.Alliance alliance, Services services, Stays stays) {
    this.alliance = alliance;
    this.services = services;
    this.stays = stays;
    oak = service("Oak House", ServiceKind.RESIDENTIAL_CARE, alliance.ours, 730);
    elm = service("Elm Lodge", ServiceKind.NURSING_CARE, alliance.theirs, null);
    ward = service("Rehabilitation ward", ServiceKind.INPATIENT_REHABILITATION, alliance.theirs, 60);
    UUID flats = service("Staffed flats", ServiceKind.STAFFED_FLATS, alliance.ours, null);
    UUID supported = service("Acre Lane", ServiceKind.SUPPORTED_LIVING, alliance.ours, null);
    UUID floating = service("Floating support", ServiceKind.FLOATING_SUPPORT, alliance.ours, null);

    ann = alliance.person();
    stay(ann, oak, "2025-01-10", "2025-05-10", EndReason.MOVED_ON);
    stay(ann, flats, "2025-05-10", null, null);
    ben = alliance.person();
    stay(ben, oak, "2025-02-01", "2025-04-20", EndReason.MOVED_ON);
    stay(ben, elm, "2025-04-21", null, null);
    cat = alliance.person();
    stay(cat, elm, "2025-04-05", "2025-06-01", EndReason.DIED);
    dan = alliance.person();
    stay(dan, ward, "2025-04-15", "2025-06-10", EndReason.MOVED_ON);
    stay(dan, supported, "2025-06-12", null, null);
    stay(dan, floating, "2025-06-12", null, null);
    stay(alliance.person(), ward, "2025-06-20", null, null);
    UUID fay = alliance.person();
    stay(fay, ward, "2024-05-01", "2024-05-10", EndReason.OTHER);
    stay(fay, ward, "2024-05-20", "2024-06-01", EndReason.RETURNED_HOME);
    stay(alliance.person(), oak, "2020-01-01", null, null);
    UUID hal = alliance.person();
    stay(hal, oak, "2025-03-01", "2025-05-01", EndReason.STEPPED_UP);
    stay(hal, ward, "2025-05-01", null, null);
    stay(alliance.person(), elm, "2024-12-01", "2025-06-15", EndReason.RETURNED_HOME);
    stay(alliance.person(), oak, "2025-06-30", null, null);
    UUID kit = alliance.person();
    stay(kit, ward, "2024-10-01", "2025-04-02", EndReason.MOVED_ON);
    stay(kit, flats, "2025-04-20", null, null);
  }

  private UUID service(String name, ServiceKind kind, UUID organisation, @Nullable Integer intendedMaxDays) {
    return services.add(alliance.admin, new ServiceDetails(organisation, name, kind, false, null, null, null, null,
        intendedMaxDays, null, false, false, false, null, null, null, null));
  }

  private void stay(UUID person, UUID service, String from, @Nullable String to, @Nullable EndReason reason) {
    stays.record(alliance.admin, person, new NewStay(service, LocalDate.parse(from), null, null,
        to == null ? null : LocalDate.parse(to), reason, null));
  }
}
