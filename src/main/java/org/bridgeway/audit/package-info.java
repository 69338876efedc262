/**
 * The audit trail: who read or changed which personal data, when, and from where. Owns the append-only
 * {@code audit_event} table, whose rows are chained by hash so that any alteration can be detected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
@org.jspecify.annotations.NullMarked
package org.bridgeway.audit;
