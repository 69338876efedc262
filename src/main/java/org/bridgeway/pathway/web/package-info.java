/** The pathway's pages and JSON API. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.pathway.web;
