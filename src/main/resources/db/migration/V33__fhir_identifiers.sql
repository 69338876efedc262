-- The identifiers partner systems give the resources they send in FHIR bundles, so that a conditional create
-- (ifNoneExist on an identifier) finds what an earlier bundle created, whichever system named it. NHS numbers are
-- kept on the person's record itself; every other identifier is kept here against the record it was taken into.

create table fhir_identifier (
    alliance_id    uuid not null references alliance (id),
    resource_type  text not null check (resource_type in ('Patient', 'EpisodeOfCare', 'Encounter')),
    system         text not null,
    value          text not null,
    target_id      uuid not null,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    primary key (alliance_id, resource_type, system, value)
);
