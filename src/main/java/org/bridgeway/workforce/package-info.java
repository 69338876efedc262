/**
 * Workforce: the alliance's staff counted by organisation, team and service on a day (headcount, mean
 * contracted hours, whole-time equivalents, lived-experience roles); the rota of staffed services (shift
 * patterns, shifts, who covers them and where the gaps are), with the right a manager may give a person who
 * lives in a service to see its rota and fill its gaps; and recruitment panels, with whether people who use
 * services sat on them, chaired them or wrote the questions. Staff and their contracts belong to the alliance
 * module; this module reads them through its API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce, rota and recruitment")
@org.jspecify.annotations.NullMarked
package org.bridgeway.workforce;
