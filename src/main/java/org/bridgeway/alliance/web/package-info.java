/**
 * The alliance administrator's set-up pages under {@code /admin}, the installation administrator's pages under
 * {@code /installation}, and the JSON API under {@code /api/alliance} and {@code /api/installation}.
 */
@org.jspecify.annotations.NullMarked
package org.bridgeway.alliance.web;
