package org.bridgeway.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral on a panel's agenda: who, why, what was asked for, the risks, who referred, how long they have
 * waited, whether another open referral asks for the same service, and how often the panel deferred it.
 */
public record PanelAgendaItem(
    UUID referralId,
    UUID personId,
    String personName,
    String reason,
    List<String> requestedServices,
    boolean panelToDecide,
    @Nullable String risks,
    String referrer,
    ReferralSource source,
    Urgency urgency,
    LocalDate receivedOn,
    long daysWaiting,
    boolean possibleDuplicate,
    int deferrals,
    int version) {}
