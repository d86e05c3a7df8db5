CREATE TYPE "public"."booking_status" AS ENUM('CONFIRMED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW');--> statement-breakpoint
CREATE TYPE "public"."lot_access" AS ENUM('PUBLIC', 'CUSTOMERS', 'PERMIT_HOLDERS', 'PRIVATE');--> statement-breakpoint
CREATE TYPE "public"."lot_type" AS ENUM('SURFACE', 'MULTI_STOREY', 'UNDERGROUND', 'PRIVATE_YARD', 'STREET');--> statement-breakpoint
CREATE TYPE "public"."member_role" AS ENUM('OWNER', 'MANAGER', 'STAFF');--> statement-breakpoint
CREATE TYPE "public"."operator_kind" AS ENUM('NETWORK', 'PRIVATE');--> statement-breakpoint
CREATE TYPE "public"."space_kind" AS ENUM('STANDARD', 'EV_CHARGING', 'ACCESSIBLE', 'MOTORCYCLE', 'VAN', 'FAMILY');--> statement-breakpoint
CREATE TYPE "public"."space_operator_status" AS ENUM('IN_SERVICE', 'OUT_OF_SERVICE');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('DRIVER', 'ADMIN');--> statement-breakpoint
CREATE TABLE "operators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "operator_kind" NOT NULL,
	"contact_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" "user_role" DEFAULT 'DRIVER' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "operator_members" (
	"operator_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "member_role" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operator_members_operator_id_user_id_pk" PRIMARY KEY("operator_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "lots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"location" geography(Point,4326) NOT NULL,
	"footprint" geography(Polygon,4326),
	"time_zone" text NOT NULL,
	"lot_type" "lot_type" NOT NULL,
	"amenities" text[] DEFAULT '{}'::text[] NOT NULL,
	"max_vehicle_height_cm" integer,
	"covered" boolean DEFAULT false NOT NULL,
	"access" "lot_access" DEFAULT 'PUBLIC' NOT NULL,
	"currency" char(3) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lots_currency_iso" CHECK ("lots"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "lots_max_height_positive" CHECK ("lots"."max_vehicle_height_cm" IS NULL OR "lots"."max_vehicle_height_cm" > 0)
);
--> statement-breakpoint
CREATE TABLE "spaces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"label" text NOT NULL,
	"kind" "space_kind" DEFAULT 'STANDARD' NOT NULL,
	"level" text,
	"operator_status" "space_operator_status" DEFAULT 'IN_SERVICE' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spaces_lotId_label_unique" UNIQUE("lot_id","label")
);
--> statement-breakpoint
CREATE TABLE "vehicles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"plate" text NOT NULL,
	"country" char(2) NOT NULL,
	"nickname" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vehicles_ownerId_plate_unique" UNIQUE("owner_id","plate")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"driver_id" uuid NOT NULL,
	"vehicle_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"space_id" uuid NOT NULL,
	"period" "tstzrange" NOT NULL,
	"status" "booking_status" DEFAULT 'CONFIRMED' NOT NULL,
	"price_amount" integer NOT NULL,
	"currency" char(3) NOT NULL,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookings_driver_idempotency_key" UNIQUE("driver_id","idempotency_key"),
	CONSTRAINT "bookings_price_non_negative" CHECK ("bookings"."price_amount" >= 0),
	CONSTRAINT "bookings_currency_iso" CHECK ("bookings"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "bookings_period_bounded" CHECK (NOT isempty("bookings"."period") AND NOT lower_inf("bookings"."period") AND NOT upper_inf("bookings"."period"))
);
--> statement-breakpoint
CREATE TABLE "tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lot_id" uuid NOT NULL,
	"name" text NOT NULL,
	"space_kind" "space_kind",
	"hourly_rate_amount" integer NOT NULL,
	"billing_increment_minutes" integer DEFAULT 60 NOT NULL,
	"daily_cap_amount" integer,
	"grace_minutes" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tariffs_amounts_non_negative" CHECK ("tariffs"."hourly_rate_amount" >= 0 AND coalesce("tariffs"."daily_cap_amount", 0) >= 0),
	CONSTRAINT "tariffs_increment_positive" CHECK ("tariffs"."billing_increment_minutes" > 0),
	CONSTRAINT "tariffs_grace_non_negative" CHECK ("tariffs"."grace_minutes" >= 0)
);
--> statement-breakpoint
ALTER TABLE "operator_members" ADD CONSTRAINT "operator_members_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operator_members" ADD CONSTRAINT "operator_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lots" ADD CONSTRAINT "lots_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spaces" ADD CONSTRAINT "spaces_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vehicles" ADD CONSTRAINT "vehicles_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_driver_id_users_id_fk" FOREIGN KEY ("driver_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_vehicle_id_vehicles_id_fk" FOREIGN KEY ("vehicle_id") REFERENCES "public"."vehicles"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_space_id_spaces_id_fk" FOREIGN KEY ("space_id") REFERENCES "public"."spaces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tariffs" ADD CONSTRAINT "tariffs_lot_id_lots_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."lots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "operator_members_user_id_index" ON "operator_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "lots_location_gist" ON "lots" USING gist ("location");--> statement-breakpoint
CREATE INDEX "lots_operator_id_index" ON "lots" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "lots_name_id_idx" ON "lots" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "spaces_lot_id_kind_index" ON "spaces" USING btree ("lot_id","kind");--> statement-breakpoint
CREATE INDEX "bookings_driver_id_created_at_index" ON "bookings" USING btree ("driver_id","created_at");--> statement-breakpoint
CREATE INDEX "bookings_vehicle_id_index" ON "bookings" USING btree ("vehicle_id");--> statement-breakpoint
CREATE INDEX "tariffs_lot_id_index" ON "tariffs" USING btree ("lot_id");