/** The support plan tables, read and written with plain SQL; only the plans module uses them. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.plans.internal;
