/** Pages and JSON for day services: services, sessions, registrations, registers and a person's activities. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.dayservices.web;
