/** Writing the copy of a person's record: CSV and plain text inside a zip. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.portal.internal;
