-- Extensions the schema needs. drizzle-kit never emits CREATE EXTENSION, so they live here.
-- postgis: geography columns and spatial indexes (needs a superuser on PostgreSQL).
-- btree_gist: lets an exclusion constraint and GiST index mix uuid equality with range overlap.
CREATE EXTENSION IF NOT EXISTS postgis;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;
