-- FHIR Bulk Data export: a job per kick-off, run in the background, and one NDJSON file per resource type kept
-- with it. A cancelled job stays on record with its status; its files are never served.

create table fhir_export_job (
    alliance_id       uuid not null references alliance (id),
    id                uuid not null,
    requested_by      text not null,
    request_url       text not null,
    resource_types    text not null,
    status            text not null check (status in ('RUNNING', 'COMPLETE', 'FAILED', 'CANCELLED')),
    progress          text not null default '',
    failure           text,
    transaction_time  timestamptz not null,
    finished_at       timestamptz,
    primary key (alliance_id, id)
);

create table fhir_export_file (
    alliance_id    uuid not null references alliance (id),
    job_id         uuid not null,
    resource_type  text not null,
    resources      integer not null,
    content        bytea not null,
    primary key (alliance_id, job_id, resource_type),
    foreign key (alliance_id, job_id) references fhir_export_job (alliance_id, id)
);
