CREATE TYPE "public"."weekly_hours_purpose" AS ENUM('OPENING_HOURS', 'BOOKABLE_HOURS');--> statement-breakpoint
CREATE TABLE "tariff_flat_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tariff_id" uuid NOT NULL,
	"name" text NOT NULL,
	"days_of_week" smallint[],
	"entry_after" time NOT NULL,
	"exit_before" time NOT NULL,
	"amount" integer NOT NULL,
	CONSTRAINT "tariff_flat_rates_amount_non_negative" CHECK ("tariff_flat_rates"."amount" >= 0),
	CONSTRAINT "tariff_flat_rates_days" CHECK ("tariff_flat_rates"."days_of_week" IS NULL OR "tariff_flat_rates"."days_of_week" <@ '{1,2,3,4,5,6,7}'::smallint[])
);
--> statement-breakpoint
CREATE TABLE "lot_blackouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"period" "tstzrange" NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lot_weekly_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"purpose" "weekly_hours_purpose" NOT NULL,
	"day_of_week" smallint NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	CONSTRAINT "lot_weekly_hours_day_of_week" CHECK ("lot_weekly_hours"."day_of_week" BETWEEN 1 AND 7),
	CONSTRAINT "lot_weekly_hours_opens_before_midnight" CHECK ("lot_weekly_hours"."opens_at" < '24:00')
);
--> statement-breakpoint
ALTER TABLE "tariff_flat_rates" ADD CONSTRAINT "tariff_flat_rates_tariff_id_tariffs_id_fk" FOREIGN KEY ("tariff_id") REFERENCES "public"."tariffs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_blackouts" ADD CONSTRAINT "lot_blackouts_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lot_weekly_hours" ADD CONSTRAINT "lot_weekly_hours_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tariff_flat_rates_tariff_id_index" ON "tariff_flat_rates" USING btree ("tariff_id");--> statement-breakpoint
CREATE INDEX "lot_blackouts_lot_id_index" ON "lot_blackouts" USING btree ("lot_id");--> statement-breakpoint
CREATE INDEX "lot_weekly_hours_lot_id_purpose_index" ON "lot_weekly_hours" USING btree ("lot_id","purpose");