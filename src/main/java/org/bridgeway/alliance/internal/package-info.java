/** The SQL behind the alliance set-up: services with their opening times, and staff. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.alliance.internal;
