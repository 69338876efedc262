/** The tables of work, learning and volunteering, read and written with plain SQL. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.work.internal;
