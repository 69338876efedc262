/** The alliance figures dashboard and its JSON API. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.figures.web;
