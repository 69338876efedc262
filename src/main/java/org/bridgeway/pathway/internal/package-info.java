/** Storage of the pathway's stays and move plans; only the pathway module uses it. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.pathway.internal;
