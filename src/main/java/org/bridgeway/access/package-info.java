/**
 * Who may do what. Owns sign-in accounts, roles and the security rules that deny every route unless a rule
 * allows it. The signed-in user is a {@link org.bridgeway.access.CurrentUser}, which carries the alliance
 * every query is scoped to. It also registers the API clients of the FHIR API and is their OAuth 2.0
 * authorization server (client credentials only): see {@link org.bridgeway.access.ApiClients}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
@org.jspecify.annotations.NullMarked
package org.bridgeway.access;
