-- Workspaces created before pipelines existed get the default stages new workspaces start with.
INSERT INTO "pipeline_stages" ("org_id", "name", "position", "is_won", "is_lost")
SELECT o."id", s."name", s."position", s."is_won", s."is_lost"
FROM "orgs" o
CROSS JOIN (VALUES
  ('New', 0, false, false),
  ('Contacted', 1, false, false),
  ('Qualified', 2, false, false),
  ('Proposal', 3, false, false),
  ('Won', 4, true, false),
  ('Lost', 5, false, true)
) AS s("name", "position", "is_won", "is_lost")
WHERE NOT EXISTS (SELECT 1 FROM "pipeline_stages" p WHERE p."org_id" = o."id");
