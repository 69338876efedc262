/**
 * The thin web layer shared by every page: the layout's navigation, the home page for each role, the
 * sign-in page, and the pages shown for errors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
@org.jspecify.annotations.NullMarked
package org.bridgeway.web;
