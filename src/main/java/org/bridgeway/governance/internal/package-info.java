@org.jspecify.annotations.NullMarked
package org.bridgeway.governance.internal;
