/** Storage of rates and budgets; only the money module uses it. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.money.internal;
