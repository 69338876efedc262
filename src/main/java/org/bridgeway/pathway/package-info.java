/**
 * The pathway: each person's stays in the alliance's services (admissions, placements, tenancies, support),
 * from a start date to an end date with a reason and destination. A stay covers its start date up to the day
 * before its end date. A person is not in two exclusive settings at once ({@link
 * org.bridgeway.pathway.OverlapPolicy}) and a service is not filled past its capacity without a recorded reason.
 * Move plans ({@link org.bridgeway.pathway.Moves}) take a person from one setting to the next, up or down the
 * alliance's ladder, with the visits before the move; completing one ends the old stay and starts the new one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "The pathway")
@org.jspecify.annotations.NullMarked
package org.bridgeway.pathway;
