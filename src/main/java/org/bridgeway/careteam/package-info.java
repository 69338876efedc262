/**
 * The team around the person: a named key worker and care-team members from any partner organisation, each
 * with a role, a start date and, on leaving, an end date and reason. Memberships are ended, never deleted, so
 * the person's team past and present stays on record. A worker's caseload is the people whose team they are
 * on now. Being on the team is also what lets a worker open the person's record: {@link
 * org.bridgeway.careteam.RecordAccessPolicy} answers {@link org.bridgeway.people.RecordAccess} for the people
 * module; other modules that know a relationship of their own (a registration with a day service) widen it for
 * practitioners and managers by implementing {@link org.bridgeway.careteam.RecordAccessGrant}. A panel's
 * allocation ({@link org.bridgeway.referrals.ReferralAllocated}) makes the team.
 */
@org.springframework.modulith.ApplicationModule(displayName = "The team around the person")
@org.jspecify.annotations.NullMarked
package org.bridgeway.careteam;
