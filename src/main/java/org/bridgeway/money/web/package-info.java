/** The money pages and JSON API. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.money.web;
