/**
 * Referrals and the joint referrals panel: a referral is received, triaged, taken to the panel, decided
 * (allocated, waiting list, signposted, declined or deferred) and followed to first contact, with every step
 * on its timeline so the referrer always knows what happened.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals and the panel")
@org.jspecify.annotations.NullMarked
package org.bridgeway.referrals;
