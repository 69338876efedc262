/** Pages and JSON for health checks. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.health.web;
