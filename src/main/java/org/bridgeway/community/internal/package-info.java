/** The community tables, read and written with plain SQL; only the community module uses them. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.community.internal;
