CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_keys_prefix_unique" UNIQUE("prefix")
);
--> statement-breakpoint
ALTER TABLE "vehicles" DROP CONSTRAINT "vehicles_ownerId_plate_unique";--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "free_cancellation_minutes" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "cancellation_fee_amount" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "arrival_grace_minutes" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vehicles" ADD COLUMN "height_cm" integer;--> statement-breakpoint
ALTER TABLE "vehicles" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "cancellation_fee_amount" integer;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_keys_operator_id_index" ON "api_keys" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "lots_location_geometry_gist" ON "lots" USING gist (("location"::geometry));--> statement-breakpoint
CREATE UNIQUE INDEX "vehicles_owner_plate_unique" ON "vehicles" USING btree ("owner_id","plate") WHERE "vehicles"."removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "bookings_confirmed_start" ON "bookings" USING btree (lower("period")) WHERE "bookings"."status" = 'CONFIRMED';--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_cancellation_policy" CHECK ("lots"."free_cancellation_minutes" >= 0 AND "lots"."cancellation_fee_amount" >= 0 AND "lots"."arrival_grace_minutes" >= 0);--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_height_positive" CHECK ("vehicles"."height_cm" IS NULL OR "vehicles"."height_cm" > 0);