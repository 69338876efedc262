/**
 * Who may do what. Owns sign-in accounts, roles and the security rules that deny every route unless a rule
 * allows it. The signed-in user is a {@link org.bridgeway.access.CurrentUser}, which carries the alliance
 * every query is scoped to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
@org.jspecify.annotations.NullMarked
package org.bridgeway.access;
