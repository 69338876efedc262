/** Pages and JSON for work, learning and volunteering. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.work.web;
