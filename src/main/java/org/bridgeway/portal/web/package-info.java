/** The person's own pages under {@code /me} and their JSON under {@code /api/me}. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.portal.web;
