-- Recovery outcomes. An alliance's library of outcome questionnaires is data: each instrument, its items, its
-- answer scale and its scores (a score is the sum or the mean of some of its items). DIALOG is shipped to every
-- alliance; an alliance that holds a licence for another instrument adds it itself. A response keeps every answer
-- and the scores worked out from them when it was saved. Nothing here is deleted: a response is voided with a reason.

create table outcome_instrument (
    alliance_id     uuid not null references alliance (id),
    code            text not null check (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
    name            text not null,
    version         text not null,
    licence_note    text not null,
    -- Shipped with Bridgeway (DIALOG), or added by the alliance under its own licence.
    shipped         boolean not null default false,
    active          boolean not null default true,
    scale_min       integer not null,
    scale_max       integer not null,
    min_label       text not null,
    max_label       text not null,
    -- The label of the middle point, when the scale has one ("In the middle").
    mid_label       text,
    -- After each item, asks whether the person wants more help with it (DIALOG+).
    asks_for_help   boolean not null default false,
    changed_by      text not null,
    changed_at      timestamptz not null default now(),
    primary key (alliance_id, code),
    constraint outcome_instrument_scale check (scale_min >= 0 and scale_max > scale_min and scale_max <= 100)
);

create table outcome_item (
    alliance_id     uuid not null,
    instrument_code text not null,
    number          integer not null check (number >= 1),
    text            text not null,
    domain          text not null,
    snomed_code     text check (snomed_code ~ '^[0-9]{6,18}$'),
    reverse_scored  boolean not null default false,
    primary key (alliance_id, instrument_code, number),
    foreign key (alliance_id, instrument_code) references outcome_instrument (alliance_id, code)
);

-- A score: the sum or mean of the listed items (reverse-scored items counted as min + max - answer). The score
-- at position 1 is the instrument's total, the one compared over time.
create table outcome_score_rule (
    alliance_id     uuid not null,
    instrument_code text not null,
    position        integer not null check (position >= 1),
    name            text not null,
    method          text not null check (method in ('SUM', 'MEAN')),
    items           integer[] not null check (cardinality(items) >= 1),
    primary key (alliance_id, instrument_code, position),
    foreign key (alliance_id, instrument_code) references outcome_instrument (alliance_id, code)
);

create table outcome_response (
    alliance_id     uuid not null,
    id              uuid not null,
    person_id       uuid not null,
    instrument_code text not null,
    answered_on     date not null,
    -- Filled in by the person themselves in their own view, or by a worker with them.
    by_person       boolean not null,
    recorded_by     text not null,
    recorded_name   text not null,
    recorded_at     timestamptz not null default now(),
    -- The total score (the first score), kept with the response for comparing over time.
    total           numeric(9, 3) not null,
    voided_by       text,
    voided_at       timestamptz,
    void_reason     text,
    primary key (alliance_id, id),
    foreign key (alliance_id, person_id) references person (alliance_id, id),
    foreign key (alliance_id, instrument_code) references outcome_instrument (alliance_id, code),
    constraint outcome_response_void check ((voided_at is null) = (void_reason is null)
        and (voided_at is null) = (voided_by is null))
);
create index outcome_response_person on outcome_response (alliance_id, person_id, instrument_code, answered_on);

create table outcome_answer (
    alliance_id     uuid not null,
    response_id     uuid not null,
    item_number     integer not null,
    answer          integer not null,
    wants_help      boolean,
    primary key (alliance_id, response_id, item_number),
    foreign key (alliance_id, response_id) references outcome_response (alliance_id, id)
);

create table outcome_score (
    alliance_id     uuid not null,
    response_id     uuid not null,
    position        integer not null,
    name            text not null,
    score           numeric(9, 3) not null,
    primary key (alliance_id, response_id, position),
    foreign key (alliance_id, response_id) references outcome_response (alliance_id, id)
);
