/** The day-service tables, read and written with plain SQL; only the day services module uses them. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.dayservices.internal;
