/** How the team around the person is kept: its table and the SQL that reads and writes it. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.careteam.internal;
