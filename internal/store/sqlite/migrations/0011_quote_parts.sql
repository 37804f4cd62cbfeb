-- A quotation of several quoted passages ("A," she said. "B.") keeps the
-- span of each (model.Quote.Parts) as a JSON array of {"start", "end"};
-- NULL for a quote of one passage and for quotes stored before this
-- column existed (lede analyse --all gives them their parts).
ALTER TABLE quotes ADD COLUMN parts TEXT;
