/** The outcome tables, read and written with plain SQL; only the outcomes module uses them. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.outcomes.internal;
