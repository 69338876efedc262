/**
 * Support plans, written in the person's words: what matters to them, their strengths, goals in the life domains
 * with steps, who helps, a target date and progress over time, how they want to be supported, a positive
 * risk-taking plan, early warning signs and what helps in a crisis, and a review date. A person has at most one
 * current draft, written by them or by a worker; when the worker and the person have both agreed it, it becomes an
 * agreed version, numbered and kept for ever. Any change to the draft clears the agreements given to the earlier
 * text. Two saves of the same draft text cannot both win: the second is refused as an edit conflict.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support plans")
@org.jspecify.annotations.NullMarked
package org.bridgeway.plans;
