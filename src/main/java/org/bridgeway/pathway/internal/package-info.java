/** Storage of the pathway's stays; only the pathway module uses it. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.pathway.internal;
