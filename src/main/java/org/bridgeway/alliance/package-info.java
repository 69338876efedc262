/**
 * Alliance set-up: the alliances themselves (the tenants of one installation), their partner organisations,
 * localities, services (with capacity, weekly cost, intended length of stay and opening times), each alliance's
 * own pathway ladder (the level of each kind of setting where a person lives), teams, staff with their contracted hours, and the alliance's own sign-in accounts.
 *
 * <p>The root package is the API other modules use: the facades ({@code Alliances}, {@code Organisations},
 * {@code Localities}, {@code Services}, {@code Ladders}, {@code Teams}, {@code Staff}, {@code WorkforceReport}), their commands
 * and read records. Every change is checked by the command's own rules, saved only if the record is still at
 * the version the caller loaded, and written to the audit trail. {@code internal} holds the SQL; {@code web}
 * the administrator's pages and the JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alliance set-up")
@org.jspecify.annotations.NullMarked
package org.bridgeway.alliance;
