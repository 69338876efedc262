package org.bridgeway.shared;

/** What is wrong with one field of a form or request, in words fit to show beside the field. */
public record FieldProblem(String field, String message) {}
