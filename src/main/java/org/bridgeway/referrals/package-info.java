/**
 * Referrals and the joint referrals panel: a referral is received, triaged, taken to the panel, decided
 * (allocated, waiting list, signposted, declined or deferred) and followed to first contact, with every step
 * on its timeline so the referrer always knows what happened.
 *
 * <p>The panel ({@link org.bridgeway.referrals.Panels}, {@link org.bridgeway.referrals.PanelDecisions},
 * {@link org.bridgeway.referrals.WaitingLists}) owns its meetings, attendance, decisions, actions and the
 * allocation rows that say where a decided referral went.
 *
 * <p>Events published:
 * <ul>
 *   <li>{@link org.bridgeway.referrals.ReferralAllocated}: a referral was allocated, by a panel decision or by a
 *       place offered from a waiting list. It names the lead service, the key worker, any extra care team
 *       members with their roles ({@link org.bridgeway.referrals.TeamMemberChoice}) and the start date, so the
 *       care team can be made. Published inside the deciding transaction: listen with
 *       {@code @ApplicationModuleListener} (or {@code @TransactionalEventListener}) to act after it commits.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals and the panel")
@org.jspecify.annotations.NullMarked
package org.bridgeway.referrals;
