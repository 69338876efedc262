-- Money: the weekly rates of services over time, individual package rates for a stay, and the alliance's
-- budget for each financial year with its funders. Amounts are whole pence. A rate period covers the days from
-- its first day to its last (both included; open while it has no last day). Rates are never deleted: a period is
-- closed by a later rate, or voided with a reason.

create table service_rate (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    service_id   uuid not null,
    from_date    date not null,
    to_date      date,
    weekly_pence bigint not null check (weekly_pence >= 0),
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    voided_reason text,
    primary key (alliance_id, id),
    foreign key (alliance_id, service_id) references service (alliance_id, id),
    constraint service_rate_dates check (to_date is null or to_date >= from_date)
);
create index service_rate_service on service_rate (alliance_id, service_id, from_date) where voided_reason is null;

-- Each service's existing weekly cost becomes its first rate.
insert into service_rate (alliance_id, id, service_id, from_date, weekly_pence, recorded_by)
select alliance_id, gen_random_uuid(), id, date '2000-01-01', weekly_cost_pence, 'migration'
from service where weekly_cost_pence is not null;

create table package_rate (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    stay_id      uuid not null,
    person_id    uuid not null,
    from_date    date not null,
    to_date      date,
    weekly_pence bigint not null check (weekly_pence >= 0),
    reason       text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    voided_reason text,
    primary key (alliance_id, id),
    foreign key (alliance_id, stay_id) references stay (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    constraint package_rate_dates check (to_date is null or to_date >= from_date)
);
create index package_rate_stay on package_rate (alliance_id, stay_id, from_date) where voided_reason is null;

-- The alliance budget of a financial year, named by the year it starts (2025 is 1 April 2025 to 31 March 2026).
create table alliance_budget (
    alliance_id           uuid not null references alliance (id),
    start_year            integer not null check (start_year between 1990 and 2200),
    original_pence        bigint not null check (original_pence >= 0),
    savings_target_bp     integer not null check (savings_target_bp between 0 and 10000),
    recorded_by           text not null,
    recorded_at           timestamptz not null default now(),
    version               integer not null default 0,
    primary key (alliance_id, start_year)
);

create table budget_funder (
    alliance_id  uuid not null references alliance (id),
    id           uuid not null,
    start_year   integer not null,
    funder       text not null,
    pence        bigint not null check (pence >= 0),
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    primary key (alliance_id, id),
    foreign key (alliance_id, start_year) references alliance_budget (alliance_id, start_year),
    constraint budget_funder_unique unique (alliance_id, start_year, funder)
);
