package org.bridgeway.plans;

import java.time.Instant;
import java.util.UUID;

/** An agreed version of a person's plan, kept for ever, with who drafted it and both agreements. */
public record AgreedPlan(UUID personId, int number, PlanContent content, String draftedName,
    Agreement workerAgreement, Agreement personAgreement, Instant agreedAt) {}
