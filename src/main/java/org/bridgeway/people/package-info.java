/**
 * People who use services: identity (with the NHS number checked), demographics and equality monitoring,
 * GP practice, funding and legal status, communication needs, and their circle of support. Strengths and
 * interests come first, before problems. Every read and change is written to the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
@org.jspecify.annotations.NullMarked
package org.bridgeway.people;
