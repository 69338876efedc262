/** The workforce, rota and recruitment pages and JSON API. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.workforce.web;
