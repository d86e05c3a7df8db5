/**
 * Awaits a row a NOT NULL foreign key guarantees (a lot's operator, a booking's space). A miss
 * means the database is inconsistent: an internal error, never a null the schema forbids.
 */
export async function required<Row>(row: Promise<Row | null>, what: string): Promise<Row> {
  const found = await row;
  if (!found) throw new Error(`missing ${what}`);
  return found;
}
