package org.bridgeway.workforce;

import java.util.UUID;

/** A member of staff covering a shift, and who put them on it ({@code byPerson} when a person who lives there did). */
public record Cover(UUID assignmentId, UUID staffId, String staffName, String assignedBy, boolean byPerson) {}
