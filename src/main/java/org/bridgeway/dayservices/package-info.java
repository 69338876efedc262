/**
 * Day services and activities: the sessions a day service publishes (drop-ins, groups, therapeutic groups,
 * workshops, exhibitions, community events), set up once with their repetition; the people registered with a
 * service (direct access, no referral); attendance registers for each occurrence of a session, merged entry by
 * entry so that two registers taken at once lose nothing, and anonymous head counts for drop-in visitors; and the
 * figures of day-service reach: people registered, regular attenders and people using more than one service.
 * Registering is open access; a registration lets the workers of the organisation running the service open the
 * person's record while it lasts, through the care team's {@link org.bridgeway.careteam.RecordAccessGrant}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Day services and activities")
@org.jspecify.annotations.NullMarked
package org.bridgeway.dayservices;
