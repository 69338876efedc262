package org.bridgeway.referrals;

import java.util.UUID;

public record TeamMemberChoice(UUID staffId, String role) {}
