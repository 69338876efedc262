-- Lengths of stay and the capacity board read stays by their end date: the stays that ended in a period, and
-- (beside the open stays of stay_open_per_service) the stays with an end date after a day. Without this each
-- of those reads every stay the alliance ever recorded.
create index stay_ending on stay (alliance_id, end_date) where end_date is not null;
