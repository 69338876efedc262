/** The health check tables, read and written with plain SQL; only the health module uses them. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.health.internal;
