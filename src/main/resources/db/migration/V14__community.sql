-- Bridge building into the community: a directory of community resources per alliance, shaped after the
-- Open Referral UK service directory standard, and each person's connections with them over time.

-- A resource in the directory: what Open Referral UK calls a service, with its organisation and one location.
-- Withdrawn with a reason, never deleted, so past connections keep their resource.
create table community_resource (
    alliance_id      uuid not null references alliance (id),
    id               uuid not null,
    kind             text not null check (kind in ('CLUB', 'COLLEGE', 'VOLUNTEERING', 'FAITH_GROUP', 'PEER_GROUP',
                         'EMPLOYER', 'SPORT', 'ARTS', 'OTHER')),
    name             text not null check (length(name) between 1 and 200),
    description      text check (length(description) <= 4000),
    organisation     text check (length(organisation) <= 200),
    address          text check (length(address) <= 500),
    postcode         text check (length(postcode) <= 10),
    eligibility      text check (length(eligibility) <= 1000),
    opening_notes    text check (length(opening_notes) <= 1000),
    website          text check (length(website) <= 300),
    email            text check (length(email) <= 200),
    phone            text check (length(phone) <= 40),
    withdrawn_at     timestamptz,
    withdrawn_by     text,
    withdrawn_reason text,
    recorded_by      text not null,
    recorded_at      timestamptz not null default now(),
    changed_by       text,
    changed_at       timestamptz,
    version          integer not null default 0,
    primary key (alliance_id, id),
    check ((withdrawn_at is null) = (withdrawn_reason is null))
);

create index community_resource_kind on community_resource (alliance_id, kind, name);

-- Regular opening times (Open Referral UK's regular_schedule): a day of the week and the hours.
create table community_opening (
    alliance_id uuid    not null,
    resource_id uuid    not null,
    position    integer not null check (position between 0 and 13),
    day_of_week text    not null check (day_of_week in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY',
                    'SATURDAY', 'SUNDAY')),
    opens_at    time    not null,
    closes_at   time    not null check (closes_at > opens_at),
    primary key (alliance_id, resource_id, position),
    foreign key (alliance_id, resource_id) references community_resource (alliance_id, id)
);

-- A person's connection with a community resource: from the directory, or named in free text when it is not
-- listed. Active from its start up to the day before its end.
create table community_connection (
    alliance_id     uuid not null references alliance (id),
    id              uuid not null,
    person_id       uuid not null,
    resource_id     uuid,
    resource_name   text not null check (length(resource_name) between 1 and 200),
    kind            text not null check (kind in ('CLUB', 'COLLEGE', 'VOLUNTEERING', 'FAITH_GROUP', 'PEER_GROUP',
                        'EMPLOYER', 'SPORT', 'ARTS', 'OTHER')),
    start_date      date not null,
    end_date        date,
    progress        text not null check (progress in ('GOING_WELL', 'SOME_DIFFICULTIES', 'STOPPED')),
    note            text check (length(note) <= 2000),
    added_by_person boolean not null default false,
    recorded_by     text not null,
    recorded_at     timestamptz not null default now(),
    changed_by      text,
    changed_at      timestamptz,
    version         integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, resource_id) references community_resource (alliance_id, id),
    check (end_date is null or end_date >= start_date)
);

create index community_connection_person on community_connection (alliance_id, person_id, start_date);
