/**
 * The few words every module shares: a record not found, an edit that conflicts with another, a request
 * refused by a rule, and a page of results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package org.bridgeway.shared;
