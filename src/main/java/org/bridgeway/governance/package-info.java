/**
 * Co-production and governance: the forum of people who use services (its meetings, who came, the issues they
 * raised and the actions that answer them, published as "you said, we did"), and the alliance's improvement
 * initiatives and pilots with their milestones, how people who use services were involved and how they were
 * evaluated. Nothing is deleted: meetings, attendees, issues, actions, initiatives, milestones and measures are
 * voided with a reason. Every read and change by a worker is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Co-production and governance")
@org.jspecify.annotations.NullMarked
package org.bridgeway.governance;
