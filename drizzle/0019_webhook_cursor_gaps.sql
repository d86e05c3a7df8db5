ALTER TABLE "webhook_deliveries" ADD COLUMN "public_id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_outbox_cursor" ADD COLUMN "highest" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_outbox_cursor" ADD COLUMN "gaps" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_public_id" ON "webhook_deliveries" USING btree ("public_id");