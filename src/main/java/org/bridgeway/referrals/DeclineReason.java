package org.bridgeway.referrals;

import java.util.UUID;

/** One of the alliance's reasons for declining a referral; a deactivated reason is kept but not offered. */
public record DeclineReason(UUID id, String label, boolean active) {}
