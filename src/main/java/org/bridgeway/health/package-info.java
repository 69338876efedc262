/**
 * Annual physical health checks for people with severe mental illness: the six core elements (alcohol, glucose
 * or HbA1c, blood pressure, height and weight with the body mass index worked out from them, lipids, smoking),
 * each with its own date or declined / not done with a reason; the interventions offered for what was found; and
 * when the next check is due. A check is amended with a reason (what it said before is kept) or voided with a
 * reason, never deleted. The rules behind "complete", "due" and "overdue" are in {@link HealthRules}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Physical health checks")
@org.jspecify.annotations.NullMarked
package org.bridgeway.health;
