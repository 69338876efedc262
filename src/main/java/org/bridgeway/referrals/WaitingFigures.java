package org.bridgeway.referrals;

import org.jspecify.annotations.Nullable;
import java.util.UUID;

/**
 * The waiting-time figures of one service (or of all referrals, when {@link #serviceId()} is empty) over a
 * period: received to decision over referrals decided in the period, and decision to first contact over
 * referrals first seen in the period, each as a {@link WaitingTimes.Figure}.
 */
public record WaitingFigures(@Nullable UUID serviceId, String service, WaitingTimes.Figure toDecision,
    WaitingTimes.Figure toFirstContact) {}
