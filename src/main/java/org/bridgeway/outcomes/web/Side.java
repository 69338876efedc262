package org.bridgeway.outcomes.web;

/** Whose outcomes a page shows: the person's own ({@code /me/outcomes}) or a person's, to a worker. */
record Side(boolean mine, String base, String name, String back) {}
