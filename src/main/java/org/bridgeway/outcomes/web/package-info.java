/** The outcome pages, charts and JSON. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.outcomes.web;
