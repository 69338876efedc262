package org.bridgeway.referrals;

import java.util.Set;
import java.util.UUID;
import org.bridgeway.access.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may see a referral: only those who work with records (never a commissioner). With the person's consent to share it with the partners, or a recorded override
 * with its reason, every worker of the alliance may. Without, only:
 * <ul>
 *   <li>the alliance administrator;</li>
 *   <li>the worker who made the referral (the closed loop);</li>
 *   <li>workers of the referring organisation;</li>
 *   <li>workers of the receiving organisations: those running a service the referral asks for, or a service
 *       it was allocated to or put on the waiting list of;</li>
 *   <li>panel members, for a referral the panel is to decide: the panel is then the receiving side.</li>
 * </ul>
 * A worker's organisation is the organisation of their staff record; a worker with none belongs to no
 * organisation. Lists apply the same rule in SQL, {@link #SQL}; the two must be kept in step.
 */
public final class ReferralVisibility {

  /**
   * The rule as a condition on {@code referral r}, with named parameters {@code :admin}, {@code :username},
   * {@code :organisation} (never null: an id no organisation has when the worker has none) and {@code :panel}.
   */
  public static final String SQL = """
      (:admin or r.consent_to_share or r.consent_override_reason is not null or r.referred_by = :username
       or r.referrer_organisation_id = :organisation
       or (:panel and r.panel_to_decide)
       or exists (select 1 from referral_request q join service s on s.alliance_id = q.alliance_id
                    and s.id = q.service_id
                  where q.alliance_id = r.alliance_id and q.referral_id = r.id
                    and s.organisation_id = :organisation)
       or exists (select 1 from allocation a join service s on s.alliance_id = a.alliance_id
                    and s.id = a.service_id
                  where a.alliance_id = r.alliance_id and a.referral_id = r.id
                    and s.organisation_id = :organisation))""";

  /** Stands for "no organisation" in {@link #SQL}; no organisation has this id. */
  public static final UUID NO_ORGANISATION = new UUID(0, 0);

  private ReferralVisibility() {}

  /** The worker looking. */
  public record Viewer(String username, Role role, @Nullable UUID organisationId) {}

  /** What the rule needs to know of a referral. */
  public record Sharing(boolean consentToShare, @Nullable String overrideReason, String referredBy,
      @Nullable UUID referringOrganisation, Set<UUID> receivingOrganisations, boolean panelToDecide) {}

  public static boolean allows(Viewer viewer, Sharing referral) {
    if (!viewer.role().worksWithRecords()) {
      return false;
    }
    if (viewer.role() == Role.ADMIN || referral.consentToShare() || present(referral.overrideReason())
        || viewer.username().equals(referral.referredBy())) {
      return true;
    }
    if (viewer.role() == Role.PANEL_MEMBER && referral.panelToDecide()) {
      return true;
    }
    UUID organisation = viewer.organisationId();
    return organisation != null && (organisation.equals(referral.referringOrganisation())
        || referral.receivingOrganisations().contains(organisation));
  }

  private static boolean present(@Nullable String text) {
    return text != null && !text.isBlank();
  }
}
