package org.bridgeway.referrals;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A decision the panel made on a referral at a meeting, with its reasons and what it allocated. */
public record PanelDecisionRecord(UUID referralId, UUID personId, String personName, PanelOutcome outcome,
    String reasons, @Nullable String detail, String decidedBy, Instant decidedAt) {}
