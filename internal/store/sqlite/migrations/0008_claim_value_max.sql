-- A claim stating a range ("between £45 and £120") keeps its upper end
-- (model.Claim.ValueMax); NULL for a single value and for claims stored
-- before this column existed.
ALTER TABLE claims ADD COLUMN value_max REAL;
