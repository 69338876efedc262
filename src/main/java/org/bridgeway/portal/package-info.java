/**
 * The person's own view of their record: their home page, their team and how to reach them, where they live
 * and their journey so far in plain words, who has looked at their record (computed from the audit trail, not
 * kept apart), and a copy of everything held about them as a zip of readable files. A person sees their own
 * record only: nothing here takes a person's id, which always comes from the account signed in. The data stays
 * with the modules that own it; this module reads it through their public services, which audit every read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "The person's own view")
@org.jspecify.annotations.NullMarked
package org.bridgeway.portal;
