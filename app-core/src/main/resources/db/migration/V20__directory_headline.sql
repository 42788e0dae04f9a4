-- The directory shows one line under each name ("Founder of X · Agritech"). It is derived from the
-- type-specific tables on save and stored here, so a directory page reads one table only.
ALTER TABLE personal_details ADD COLUMN headline VARCHAR(300);
