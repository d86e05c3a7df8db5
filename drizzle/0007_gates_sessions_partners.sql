CREATE TYPE "public"."availability_source" AS ENUM('SPACES', 'REPORTED_COUNTS', 'NONE');--> statement-breakpoint
CREATE TYPE "public"."gate_decision" AS ENUM('OPEN', 'DENY', 'REVIEW');--> statement-breakpoint
CREATE TYPE "public"."gate_decision_reason" AS ENUM('BOOKING', 'PERMIT', 'WALK_IN', 'EXIT', 'LOW_CONFIDENCE', 'DENY_LISTED', 'NO_BOOKING', 'TOO_EARLY', 'LOT_FULL', 'ALREADY_INSIDE', 'NO_SESSION');--> statement-breakpoint
CREATE TYPE "public"."gate_direction" AS ENUM('ENTRY', 'EXIT', 'BOTH');--> statement-breakpoint
CREATE TYPE "public"."plate_rule_kind" AS ENUM('PERMIT', 'DENY');--> statement-breakpoint
CREATE TYPE "public"."sensor_status" AS ENUM('OCCUPIED', 'FREE');--> statement-breakpoint
CREATE TYPE "public"."session_kind" AS ENUM('BOOKING', 'PERMIT', 'WALK_IN');--> statement-breakpoint
CREATE TABLE "gates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"name" text NOT NULL,
	"direction" "gate_direction" NOT NULL,
	"min_confidence" double precision DEFAULT 0.8 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	CONSTRAINT "gates_min_confidence" CHECK ("gates"."min_confidence" BETWEEN 0 AND 1)
);
--> statement-breakpoint
CREATE TABLE "plate_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"kind" "plate_rule_kind" NOT NULL,
	"plate" text NOT NULL,
	"note" text,
	"valid_from" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "parking_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"booking_id" uuid,
	"kind" "session_kind" NOT NULL,
	"plate" text NOT NULL,
	"entry_gate_id" uuid NOT NULL,
	"exit_gate_id" uuid,
	"entered_at" timestamp with time zone NOT NULL,
	"exited_at" timestamp with time zone,
	"charge_amount" integer,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parking_sessions_exit_after_entry" CHECK ("parking_sessions"."exited_at" IS NULL OR "parking_sessions"."exited_at" >= "parking_sessions"."entered_at"),
	CONSTRAINT "parking_sessions_charge_non_negative" CHECK ("parking_sessions"."charge_amount" IS NULL OR "parking_sessions"."charge_amount" >= 0),
	CONSTRAINT "parking_sessions_booking_kind" CHECK (("parking_sessions"."kind" = 'BOOKING') = ("parking_sessions"."booking_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "plate_reads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gate_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"plate" text NOT NULL,
	"raw_plate" text NOT NULL,
	"confidence" double precision NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	"image_url" text,
	"decision" "gate_decision" NOT NULL,
	"reason" "gate_decision_reason" NOT NULL,
	"booking_id" uuid,
	"session_id" uuid,
	"repeat_of" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plate_reads_confidence" CHECK ("plate_reads"."confidence" BETWEEN 0 AND 1)
);
--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "external_ref" text;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "availability_source" "availability_source" DEFAULT 'SPACES' NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "capacity" integer;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "capacity_accessible" integer;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "capacity_charging" integer;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "fee" boolean;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "reported_free" integer;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "reported_total" integer;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "source_tags" jsonb;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "walk_ins_allowed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "early_arrival_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "overstay_grace_minutes" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "external_ref" text;--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "sensor_status" "sensor_status";--> statement-breakpoint
ALTER TABLE "spaces" ADD COLUMN "sensor_observed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "gate_id" uuid;--> statement-breakpoint
ALTER TABLE "gates" ADD CONSTRAINT "gates_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plate_rules" ADD CONSTRAINT "plate_rules_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plate_rules" ADD CONSTRAINT "plate_rules_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_sessions" ADD CONSTRAINT "parking_sessions_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_sessions" ADD CONSTRAINT "parking_sessions_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_sessions" ADD CONSTRAINT "parking_sessions_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_sessions" ADD CONSTRAINT "parking_sessions_entry_gate_id_gates_id_fk" FOREIGN KEY ("entry_gate_id") REFERENCES "public"."gates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parking_sessions" ADD CONSTRAINT "parking_sessions_exit_gate_id_gates_id_fk" FOREIGN KEY ("exit_gate_id") REFERENCES "public"."gates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plate_reads" ADD CONSTRAINT "plate_reads_gate_id_gates_id_fk" FOREIGN KEY ("gate_id") REFERENCES "public"."gates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plate_reads" ADD CONSTRAINT "plate_reads_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plate_reads" ADD CONSTRAINT "plate_reads_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plate_reads" ADD CONSTRAINT "plate_reads_session_id_parking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."parking_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gates_lot_id_index" ON "gates" USING btree ("lot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plate_rules_current_unique" ON "plate_rules" USING btree ("lot_id","plate","kind") WHERE "plate_rules"."removed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "plate_rules_lot_id_created_at_index" ON "plate_rules" USING btree ("lot_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "parking_sessions_open_plate" ON "parking_sessions" USING btree ("lot_id","plate") WHERE "parking_sessions"."exited_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "parking_sessions_open_space" ON "parking_sessions" USING btree ("space_id") WHERE "parking_sessions"."exited_at" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "parking_sessions_booking" ON "parking_sessions" USING btree ("booking_id") WHERE "parking_sessions"."booking_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "parking_sessions_lot_id_entered_at_index" ON "parking_sessions" USING btree ("lot_id","entered_at");--> statement-breakpoint
CREATE INDEX "plate_reads_lot_id_created_at_index" ON "plate_reads" USING btree ("lot_id","created_at");--> statement-breakpoint
CREATE INDEX "plate_reads_gate_id_plate_read_at_index" ON "plate_reads" USING btree ("gate_id","plate","read_at");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_gate_id_gates_id_fk" FOREIGN KEY ("gate_id") REFERENCES "public"."gates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lots_operator_external_ref" ON "lots" USING btree ("operator_id","external_ref") WHERE "lots"."external_ref" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "spaces_lot_external_ref" ON "spaces" USING btree ("lot_id","external_ref") WHERE "spaces"."external_ref" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_gate_policy" CHECK ("lots"."early_arrival_minutes" >= 0 AND "lots"."overstay_grace_minutes" >= 0);--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_counts_non_negative" CHECK (coalesce("lots"."capacity", 0) >= 0 AND coalesce("lots"."capacity_accessible", 0) >= 0 AND coalesce("lots"."capacity_charging", 0) >= 0
        AND coalesce("lots"."reported_free", 0) >= 0 AND coalesce("lots"."reported_total", 0) >= 0);