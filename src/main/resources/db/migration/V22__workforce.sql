-- Workforce: where staff are based (for the workforce by service), the rota of staffed services (shift patterns,
-- shifts, who covers them), the right a person who uses a service may be given to help manage its rota, and
-- recruitment panels with their members. Nothing is deleted: an assignment is removed with a reason and a time,
-- a base ends on a day, a right is revoked.

create table staff_base (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    staff_id     uuid not null,
    service_id   uuid not null,
    start_date   date not null,
    end_date     date,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, staff_id) references staff (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    constraint staff_base_dates check (end_date is null or end_date >= start_date)
);
create index staff_base_service on staff_base (alliance_id, service_id);
create index staff_base_staff on staff_base (alliance_id, staff_id);

create table shift_pattern (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    service_id    uuid not null,
    name          text not null,
    starts_at     time not null,
    ends_at       time not null,
    staff_needed  integer not null check (staff_needed between 1 and 50),
    active        boolean not null default true,
    recorded_by   text not null,
    version       integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    constraint shift_pattern_times check (ends_at <> starts_at),
    constraint shift_pattern_name unique (alliance_id, service_id, name)
);

-- A shift runs from starts_at to ends_at (the next day when its pattern ends at or before it starts).
create table shift (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    service_id    uuid not null,
    pattern_id    uuid not null,
    shift_date    date not null,
    name          text not null,
    starts_at     timestamp not null,
    ends_at       timestamp not null,
    staff_needed  integer not null check (staff_needed between 1 and 50),
    version       integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    foreign key (alliance_id, pattern_id) references shift_pattern (alliance_id, id),
    constraint shift_times check (ends_at > starts_at),
    constraint shift_once unique (alliance_id, pattern_id, shift_date)
);
create index shift_service_date on shift (alliance_id, service_id, shift_date);

create table shift_assignment (
    alliance_id         uuid not null references alliance (id),
    id                  uuid not null,
    shift_id            uuid not null,
    staff_id            uuid not null,
    starts_at           timestamp not null,
    ends_at             timestamp not null,
    assigned_by         text not null,
    assigned_by_person  uuid,
    assigned_at         timestamptz not null default now(),
    removed_by          text,
    removed_at          timestamptz,
    removed_reason      text,
    primary key (alliance_id, id),
    foreign key (alliance_id, shift_id) references shift (alliance_id, id),
    foreign key (alliance_id, staff_id) references staff (alliance_id, id),
    foreign key (alliance_id, assigned_by_person) references person (alliance_id, id)
);
create index shift_assignment_shift on shift_assignment (alliance_id, shift_id) where removed_at is null;
create index shift_assignment_staff on shift_assignment (alliance_id, staff_id, starts_at) where removed_at is null;

create table rota_right (
    alliance_id    uuid not null references alliance (id),
    id             uuid not null,
    person_id      uuid not null,
    service_id     uuid not null,
    granted_by     text not null,
    granted_at     timestamptz not null default now(),
    revoked_by     text,
    revoked_at     timestamptz,
    revoked_reason text,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id)
);
create unique index rota_right_current on rota_right (alliance_id, person_id, service_id) where revoked_at is null;

create table recruitment_post (
    alliance_id      uuid not null references alliance (id),
    id               uuid not null,
    title            text not null,
    organisation_id  uuid not null,
    service_id       uuid,
    team_id          uuid,
    recorded_by      text not null,
    recorded_at      timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, organisation_id) references organisation (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    foreign key (alliance_id, team_id) references team (alliance_id, id)
);

create table recruitment_panel (
    alliance_id                uuid not null references alliance (id),
    id                         uuid not null,
    post_id                    uuid not null,
    interview_date             date not null,
    questions_by_service_users boolean not null default false,
    recorded_by                text not null,
    version                    integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, post_id) references recruitment_post (alliance_id, id)
);
create index recruitment_panel_date on recruitment_panel (alliance_id, interview_date);

create table recruitment_panel_member (
    alliance_id    uuid not null references alliance (id),
    id             uuid not null,
    panel_id       uuid not null,
    staff_id       uuid,
    person_id      uuid,
    name           text,
    uses_services  boolean not null,
    chair          boolean not null default false,
    recorded_by    text not null,
    primary key (alliance_id, id),
    foreign key (alliance_id, panel_id) references recruitment_panel (alliance_id, id),
    foreign key (alliance_id, staff_id) references staff (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    constraint recruitment_panel_member_who check (staff_id is not null or person_id is not null or name is not null)
);
create index recruitment_panel_member_panel on recruitment_panel_member (alliance_id, panel_id);
