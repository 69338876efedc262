package org.bridgeway.referrals;

import java.util.UUID;

/** A worker the panel adds to the person's care team when it allocates, with their role in the team. */
public record TeamMemberChoice(UUID staffId, String role) {}
