-- Personal budgets: a person's budget for a period (whole days, both ends included), how it is held (a direct
-- payment, or managed by the council or a provider), and what is spent from it. Amounts are whole pence. Nothing
-- is deleted: a spend recorded in error is voided with a reason. Budgets and spends carry a version so a stale
-- change is refused.

create table personal_budget (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    person_id     uuid not null,
    kind          text not null check (kind in ('DIRECT_PAYMENT', 'COUNCIL_MANAGED', 'PROVIDER_MANAGED')),
    amount_pence  bigint not null check (amount_pence > 0),
    start_date    date not null,
    end_date      date not null,
    note          text,
    recorded_by   text not null,
    recorded_at   timestamptz not null default now(),
    version       integer not null default 0,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    constraint personal_budget_dates check (end_date >= start_date)
);
create index personal_budget_person on personal_budget (alliance_id, person_id, start_date);

create table budget_spend (
    alliance_id   uuid not null references alliance (id),
    id            uuid not null,
    budget_id     uuid not null,
    person_id     uuid not null,
    spent_on      date not null,
    category      text not null check (category in ('PERSONAL_CARE', 'DAY_ACTIVITIES', 'TRANSPORT', 'EQUIPMENT',
                                                     'LEISURE', 'OTHER')),
    amount_pence  bigint not null check (amount_pence > 0),
    note          text,
    recorded_by   text not null,
    recorded_at   timestamptz not null default now(),
    version       integer not null default 0,
    voided_reason text,
    voided_by     text,
    voided_at     timestamptz,
    primary key (alliance_id, id),
    foreign key (alliance_id, budget_id) references personal_budget (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id)
);
create index budget_spend_budget on budget_spend (alliance_id, budget_id, spent_on);
