/** The notes tables, read and written with plain SQL; only the notes module uses them. */
@org.jspecify.annotations.NullMarked
package org.bridgeway.notes.internal;
