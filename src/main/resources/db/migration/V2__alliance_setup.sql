-- Alliance set-up: partner organisations, localities, services on the pathway ladder, teams and staff.

create table organisation (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    name         text not null,
    sector       text not null check (sector in ('NHS', 'LOCAL_AUTHORITY', 'COMMISSIONER', 'VOLUNTARY', 'PRIVATE')),
    ods_code     text,
    version      integer not null default 0,
    primary key (alliance_id, id),
    constraint organisation_name_unique unique (alliance_id, name)
);

create table locality (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    name         text not null,
    pilot_area   boolean not null default false,
    version      integer not null default 0,
    primary key (alliance_id, id),
    constraint locality_name_unique unique (alliance_id, name)
);

create table service (
    alliance_id            uuid not null references alliance (id),
    id                     uuid not null,
    organisation_id        uuid not null,
    name                   text not null,
    kind                   text not null,
    out_of_area            boolean not null default false,
    capacity               integer check (capacity >= 0),
    capacity_unit          text check (capacity_unit in ('BEDS', 'FLATS', 'PLACES')),
    weekly_cost_pence      bigint check (weekly_cost_pence >= 0),
    intended_stay_min_days integer check (intended_stay_min_days >= 0),
    intended_stay_max_days integer check (intended_stay_max_days >= 0),
    eligibility            text,
    women_only             boolean not null default false,
    user_run               boolean not null default false,
    specialist             boolean not null default false,
    address                text,
    postcode               text,
    locality_id            uuid,
    description            text,
    version                integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, organisation_id) references organisation (alliance_id, id),
    foreign key (alliance_id, locality_id) references locality (alliance_id, id),
    constraint service_name_unique unique (alliance_id, name),
    constraint service_stay_range check (intended_stay_min_days is null or intended_stay_max_days is null
                                         or intended_stay_min_days <= intended_stay_max_days)
);

create table service_opening (
    alliance_id  uuid not null references alliance (id),
    service_id   uuid not null,
    id           uuid not null,
    day_of_week  smallint not null check (day_of_week between 1 and 7),
    opens_at     time not null,
    closes_at    time not null check (closes_at > opens_at),
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id) on delete cascade
);
create index service_opening_service on service_opening (alliance_id, service_id);

create table team (
    alliance_id      uuid not null references alliance (id),
    id               uuid not null,
    organisation_id  uuid not null,
    name             text not null,
    team_type        text not null,
    version          integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, organisation_id) references organisation (alliance_id, id),
    constraint team_name_unique unique (alliance_id, name)
);

create table staff (
    alliance_id       uuid not null references alliance (id),
    id                uuid not null,
    organisation_id   uuid not null,
    team_id           uuid,
    given_name        text not null,
    family_name       text not null,
    staff_role        text not null,
    job_title         text,
    contracted_hours  numeric(5, 2) not null check (contracted_hours >= 0 and contracted_hours <= 80),
    lived_experience  boolean not null default false,
    start_date        date not null,
    end_date          date,
    email             text,
    version           integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, organisation_id) references organisation (alliance_id, id),
    foreign key (alliance_id, team_id) references team (alliance_id, id),
    constraint staff_dates check (end_date is null or end_date >= start_date)
);
create index staff_organisation on staff (alliance_id, organisation_id);
