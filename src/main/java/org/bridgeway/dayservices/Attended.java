package org.bridgeway.dayservices;

import java.time.LocalDate;
import java.util.UUID;

/** A session a person was marked at: present, or absent. */
public record Attended(UUID sessionId, String title, String serviceName, LocalDate date, boolean present) {}
