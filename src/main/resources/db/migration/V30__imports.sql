-- Spreadsheet imports: each uploaded file is kept with its job until it is imported, so the import reads the
-- same rows the check read; the file is emptied once it is imported or refused. A job is checked, then (only when no row was refused) imported in one transaction.

create table import_job (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    kind         text not null check (kind in ('PEOPLE', 'STAYS', 'CONTACTS', 'ATTENDANCE')),
    file_name    text not null,
    content      bytea not null,
    status       text not null check (status in ('CHECKING', 'CHECKED', 'REFUSED', 'IMPORTING', 'IMPORTED',
                     'FAILED')),
    rows_total   integer not null default 0,
    rows_done    integer not null default 0,
    to_create    integer not null default 0,
    unchanged    integer not null default 0,
    refused      integer not null default 0,
    created      integer not null default 0,
    failure      text,
    created_by   text not null,
    created_at   timestamptz not null default now(),
    finished_at  timestamptz,
    primary key (alliance_id, id)
);
create index import_job_recent on import_job (alliance_id, created_at desc);

create table import_problem (
    alliance_id  uuid not null references alliance (id),
    job_id       uuid not null,
    seq          integer not null,
    line         integer not null,
    field        text not null,
    reason       text not null,
    primary key (alliance_id, job_id, seq),
    foreign key (alliance_id, job_id) references import_job (alliance_id, id)
);
