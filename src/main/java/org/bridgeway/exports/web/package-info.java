/** The pages and downloads of the exports. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.exports.web;
