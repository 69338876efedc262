/** Pages and JSON for the community directory and people's connections. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.community.web;
