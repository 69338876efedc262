/**
 * Alliance set-up: the alliances themselves (the tenants of one installation), their partner organisations,
 * localities, services placed on the pathway ladder, teams and staff with their contracted hours.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alliance set-up")
@org.jspecify.annotations.NullMarked
package org.bridgeway.alliance;
