package org.bridgeway.imports;

/** Why a row was refused: its line in the file, the column at fault and the reason, in plain words. */
public record RowProblem(int line, String field, String reason) {}
