package org.bridgeway.access;

/**
 * A client just registered, with its secret in plain text. This is the only time the secret exists outside the
 * partner's system: Bridgeway keeps its hash, so it is shown once and cannot be shown again.
 */
public record NewApiClient(ApiClient client, String secret) {}
