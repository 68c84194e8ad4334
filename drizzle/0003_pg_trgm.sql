-- Trigram indexes make search by any fragment of a name, email, company or phone fast.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
