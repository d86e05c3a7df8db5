CREATE TYPE "public"."arrival_observation" AS ENUM('GATE', 'SELF_CHECK_IN', 'SENSOR', 'NONE');--> statement-breakpoint
CREATE TYPE "public"."gate_kind" AS ENUM('BARRIER', 'SELF_CHECK_IN_POINT');--> statement-breakpoint
CREATE TYPE "public"."staff_action_kind" AS ENUM('ADMIT_VEHICLE', 'CLOSE_SESSION');--> statement-breakpoint
CREATE TABLE "staff_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"kind" "staff_action_kind" NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"plate" text NOT NULL,
	"gate_id" uuid,
	"plate_read_id" uuid,
	"session_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "arrival_observation" "arrival_observation" DEFAULT 'SELF_CHECK_IN' NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "geofence_radius_m" integer DEFAULT 200 NOT NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD COLUMN "check_in_position_required" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "gates" ADD COLUMN "kind" "gate_kind" DEFAULT 'BARRIER' NOT NULL;--> statement-breakpoint
ALTER TABLE "staff_actions" ADD CONSTRAINT "staff_actions_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_actions" ADD CONSTRAINT "staff_actions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_actions" ADD CONSTRAINT "staff_actions_gate_id_gates_id_fk" FOREIGN KEY ("gate_id") REFERENCES "public"."gates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_actions" ADD CONSTRAINT "staff_actions_plate_read_id_plate_reads_id_fk" FOREIGN KEY ("plate_read_id") REFERENCES "public"."plate_reads"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_actions" ADD CONSTRAINT "staff_actions_session_id_parking_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."parking_sessions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_actions_lot_id_created_at_index" ON "staff_actions" USING btree ("lot_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "gates_one_self_check_in_point" ON "gates" USING btree ("lot_id") WHERE "gates"."kind" = 'SELF_CHECK_IN_POINT' AND "gates"."removed_at" IS NULL;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_geofence_radius" CHECK ("lots"."geofence_radius_m" BETWEEN 10 AND 5000);