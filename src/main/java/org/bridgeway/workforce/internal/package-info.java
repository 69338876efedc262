/** Storage of staff bases, the rota, rota rights and recruitment panels; only the workforce module uses it. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.workforce.internal;
