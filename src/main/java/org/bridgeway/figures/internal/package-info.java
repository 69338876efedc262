/** The figures' SQL over the pathway, referral and care-team tables, and the figures asked of other modules. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.figures.internal;
