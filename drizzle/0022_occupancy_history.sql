CREATE TABLE "occupancy_history" (
	"lot_id" uuid NOT NULL,
	"space_kind" "space_kind" NOT NULL,
	"bucket_start" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"occupied_min" integer NOT NULL,
	"occupied_max" integer NOT NULL,
	"occupied_sum" bigint NOT NULL,
	"samples" integer NOT NULL,
	"bookings_started" integer DEFAULT 0 NOT NULL,
	"sessions_started" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "occupancy_history_lot_id_space_kind_bucket_start_pk" PRIMARY KEY("lot_id","space_kind","bucket_start"),
	CONSTRAINT "occupancy_history_samples" CHECK ("occupancy_history"."samples" > 0 AND "occupancy_history"."occupied_min" <= "occupancy_history"."occupied_max")
);
--> statement-breakpoint
ALTER TABLE "occupancy_history" ADD CONSTRAINT "occupancy_history_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "occupancy_history_bucket_start" ON "occupancy_history" USING btree ("bucket_start");--> statement-breakpoint
CREATE INDEX "bookings_start" ON "bookings" USING btree (lower("period"));--> statement-breakpoint
CREATE INDEX "parking_sessions_entered_at" ON "parking_sessions" USING btree ("entered_at");