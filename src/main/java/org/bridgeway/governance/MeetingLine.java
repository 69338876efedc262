package org.bridgeway.governance;

import java.time.LocalDate;
import java.util.UUID;

/** A meeting in the list: how many people who use services and staff came, issues raised and actions open. */
public record MeetingLine(UUID id, LocalDate heldOn, String place, String chair, boolean voided, int people,
    int staff, int issues, int openActions) {}
