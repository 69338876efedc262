-- The alliance figures at scale.
-- The paired outcome scores read one instrument's responses over twelve months for the whole alliance
-- (OutcomeStore.totals). The only index on the table leads with the person, so that read scanned every
-- response the alliance ever had: at 5,000 people per alliance in the demo, 57,000 responses for 8,400 wanted,
-- 150 ms; it grows with the alliance's whole history. This index reads just the months asked for, and holds
-- the columns read, so the table itself is not visited (14 ms on the same data).
create index outcome_response_instrument_day on outcome_response (alliance_id, instrument_code, answered_on)
    include (person_id, id, total) where voided_at is null;
