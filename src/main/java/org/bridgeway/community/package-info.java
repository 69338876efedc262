/**
 * Bridge building into the community: the alliance's directory of community resources (clubs, colleges,
 * volunteering, faith and peer groups, employers, sports, arts), shaped after the Open Referral UK service
 * directory standard, and each person's connections with them over time. Resources are withdrawn with a reason,
 * never deleted; a connection is active from its start up to the day before its end. Workers and the person
 * themselves add connections; every read and change is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community directory and connections")
@org.jspecify.annotations.NullMarked
package org.bridgeway.community;
