CREATE TYPE "public"."connector_format" AS ENUM('DATEX2_V3_STATUS_XML', 'PARKAPI_V3_JSON');--> statement-breakpoint
CREATE TABLE "open_data_publications" (
	"operator_id" uuid PRIMARY KEY NOT NULL,
	"publish" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connector_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_id" uuid NOT NULL,
	"name" text NOT NULL,
	"format" "connector_format" NOT NULL,
	"url" text NOT NULL,
	"poll_interval_seconds" integer DEFAULT 60 NOT NULL,
	"timeout_ms" integer DEFAULT 10000 NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"last_attempt_at" timestamp with time zone,
	"last_success_at" timestamp with time zone,
	"last_error_at" timestamp with time zone,
	"last_error_code" text,
	"last_error" text,
	"last_item_count" integer,
	"last_applied_count" integer,
	"last_skipped" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connector_sources_poll_interval" CHECK ("connector_sources"."poll_interval_seconds" BETWEEN 1 AND 86400),
	CONSTRAINT "connector_sources_timeout" CHECK ("connector_sources"."timeout_ms" BETWEEN 100 AND 60000)
);
--> statement-breakpoint
ALTER TABLE "open_data_publications" ADD CONSTRAINT "open_data_publications_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connector_sources" ADD CONSTRAINT "connector_sources_operator_id_operators_id_fk" FOREIGN KEY ("operator_id") REFERENCES "public"."operators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "connector_sources_operator_id_index" ON "connector_sources" USING btree ("operator_id");--> statement-breakpoint
CREATE INDEX "connector_sources_due" ON "connector_sources" USING btree ("next_poll_at") WHERE "connector_sources"."enabled";