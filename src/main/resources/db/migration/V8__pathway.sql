-- The pathway: each stay of a person in a service, from a start date to an end date (open while it has none).
-- A stay covers the days from its start up to the day before its end.

create table stay (
    alliance_id              uuid not null references alliance (id),
    id                       uuid not null,
    person_id                uuid not null,
    service_id               uuid not null,
    start_date               date not null,
    planned_end_date         date,
    end_date                 date,
    end_reason               text check (end_reason in ('MOVED_ON', 'STEPPED_UP', 'ADMITTED_TO_HOSPITAL',
                                 'RETURNED_HOME', 'MOVED_OUT_OF_AREA', 'DIED', 'OTHER')),
    destination              text,
    capacity_override_reason text,
    recorded_by              text not null,
    recorded_at              timestamptz not null default now(),
    version                  integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    constraint stay_dates check (end_date is null or end_date >= start_date),
    constraint stay_planned_end check (planned_end_date is null or planned_end_date >= start_date),
    constraint stay_ended_with_reason check ((end_date is null) = (end_reason is null))
);
-- A person's timeline.
create index stay_person on stay (alliance_id, person_id, start_date);
-- The open stays of each service, for occupancy and the capacity board.
create index stay_open_per_service on stay (alliance_id, service_id, start_date) where end_date is null;
-- All stays of a service by date, for occupancy on past days.
create index stay_service on stay (alliance_id, service_id, start_date, end_date);
