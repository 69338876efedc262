/** The notes pages for workers and for the person, and their JSON API. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.notes.web;
