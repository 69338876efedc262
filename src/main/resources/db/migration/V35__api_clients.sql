-- API clients: partner systems that call the FHIR API with OAuth 2.0 client credentials. An alliance
-- administrator registers each one with the scopes it may use; only a hash of its secret is kept. A client is
-- never deleted: it is revoked with a reason, and from then on gets no token and its tokens are refused.

create table api_client (
    alliance_id    uuid not null references alliance (id),
    id             uuid not null,
    client_id      text not null unique,
    secret_hash    text not null,
    name           text not null,
    scopes         text[] not null,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    revoked_at     timestamptz,
    revoked_by     text,
    revoke_reason  text,
    primary key (alliance_id, id),
    check ((revoked_at is null) = (revoke_reason is null))
);
create index api_client_by_alliance on api_client (alliance_id, created_at desc);

-- The key that signs the access tokens, made by the first node to start and shared by every node, so that a
-- token from one node is honoured by all. Installation-wide: it belongs to no alliance.
create table oauth_signing_key (
    key_id      text primary key,
    jwk         text not null,
    created_at  timestamptz not null default now()
);
