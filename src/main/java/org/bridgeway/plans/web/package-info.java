/** Support plan pages and JSON for workers and for the person, and the plan as a PDF. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.plans.web;
