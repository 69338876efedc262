/**
 * Recovery outcomes: a library of outcome questionnaires kept as data (items, answer scale, scores as the sum or
 * mean of items), with DIALOG shipped to every alliance and other instruments added by an alliance that holds their
 * licence; responses recorded by a worker with the person or by the person themselves, scored when saved, voided
 * with a reason and never deleted; charts of change; and the paired-scores figure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recovery outcomes")
@org.jspecify.annotations.NullMarked
package org.bridgeway.outcomes;
