package org.bridgeway.referrals;

import java.util.List;
import java.util.UUID;
import org.bridgeway.access.CurrentUser;
import org.bridgeway.alliance.Staff;
import org.bridgeway.audit.AuditAction;
import org.bridgeway.audit.AuditTrail;
import org.bridgeway.referrals.ReferralVisibility.Sharing;
import org.bridgeway.referrals.ReferralVisibility.Viewer;
import org.bridgeway.referrals.internal.ReferralReadModel;
import org.bridgeway.shared.Paged;
import org.bridgeway.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading referrals as a worker may see them ({@link ReferralVisibility}): the lists, the referrals a worker
 * made, and one referral with its timeline. A referral the reader may not see answers as not found, the same
 * as one that does not exist. Every list shown and every referral opened is audited.
 */
@Service
public class ReferralLists {

  private final Referrals referrals;
  private final ReferralReadModel reads;
  private final Staff staff;
  private final AuditTrail audit;

  ReferralLists(Referrals referrals, ReferralReadModel reads, Staff staff, AuditTrail audit) {
    this.referrals = referrals;
    this.reads = reads;
    this.staff = staff;
    this.audit = audit;
  }

  /** The worker as the visibility rule sees them; their organisation is their staff record's. */
  public Viewer viewer(CurrentUser user) {
    UUID organisation = user.staffId() == null ? null
        : staff.get(user.alliance(), user.staffId()).organisationId();
    return new Viewer(user.username(), user.role(), organisation);
  }

  @Transactional
  public Paged<ReferralSummary> page(CurrentUser user, List<ReferralStatus> statuses, int page, int size) {
    Paged<ReferralSummary> found = reads.page(user.alliance(), viewer(user), statuses, Math.max(0, page), size);
    audit.record(user, user.alliance(), AuditAction.SEARCH, "Referral", null, null,
        "Listed referrals " + statuses + ": " + found.total() + " found");
    return found;
  }

  /** Every referral the user made, with its status, outcome and latest timeline entry: the closed loop. */
  @Transactional
  public Paged<ReferralSummary> mine(CurrentUser user, int page, int size) {
    Paged<ReferralSummary> found = reads.referredBy(user.alliance(), user.username(), Math.max(0, page), size);
    audit.record(user, user.alliance(), AuditAction.SEARCH, "Referral", null, null,
        "Listed my referrals: " + found.total() + " found");
    return found;
  }

  /**
   * Every referral about the signed-in person, for their own copy of their record; not found for anyone who
   * is not a person who uses services.
   */
  @Transactional
  public List<ReferralSummary> aboutMe(CurrentUser user) {
    UUID me = user.personId();
    if (user.role() != org.bridgeway.access.Role.PERSON || me == null) {
      throw new RecordNotFound("Person");
    }
    List<ReferralSummary> found = reads.aboutPerson(user.alliance(), me);
    audit.record(user, user.alliance(), AuditAction.EXPORT, "Referral", null, me,
        "Their own referrals, for a copy: " + found.size());
    return found;
  }

  /**
   * The ids of the referrals about a person that the user may see, newest first, for callers that list a
   * person's referrals by id (the FHIR API); none for a person of another alliance. The search is audited; each
   * referral read after it is audited by {@link #open}.
   */
  @Transactional
  public List<UUID> visibleAbout(CurrentUser user, UUID personId) {
    List<UUID> visible = reads.aboutPerson(user.alliance(), personId).stream().map(ReferralSummary::id)
        .filter(id -> mayOpen(user, id)).toList();
    audit.record(user, user.alliance(), AuditAction.SEARCH, "Referral", null, personId,
        "Referrals about the person: " + visible.size() + " found");
    return visible;
  }

  private boolean mayOpen(CurrentUser user, UUID id) {
    try {
      visible(user, id);
      return true;
    } catch (RecordNotFound e) {
      return false;
    }
  }

  /** The referral with its timeline and duplicates; the read is audited. */
  @Transactional
  public OpenedReferral open(CurrentUser user, UUID id) {
    Viewer viewer = visible(user, id);
    Referral referral = referrals.read(user, id);
    return new OpenedReferral(referral, reads.timeline(user.alliance(), id),
        reads.duplicates(user.alliance(), id, viewer), reads.duplicateCount(user.alliance(), id));
  }

  /** Fails as not found unless the user may see the referral. */
  Viewer visible(CurrentUser user, UUID id) {
    Referral referral = referrals.find(user, id);
    Viewer viewer = viewer(user);
    Sharing sharing = new Sharing(referral.consentToShare(), referral.consentOverrideReason(), referral.referredBy(),
        referral.referrerOrganisationId(), reads.receivingOrganisations(user.alliance(), id),
        referral.panelToDecide());
    if (!ReferralVisibility.allows(viewer, sharing)) {
      throw new RecordNotFound("Referral");
    }
    return viewer;
  }
}
