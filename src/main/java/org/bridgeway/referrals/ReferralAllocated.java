package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ReferralAllocated(
    UUID allianceId,
    UUID referralId,
    UUID personId,
    UUID serviceId,
    UUID keyWorkerStaffId,
    List<TeamMemberChoice> members,
    LocalDate startDate,
    String decidedBy) {}
