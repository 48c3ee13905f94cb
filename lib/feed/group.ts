/** Collapses activities about the same thing into one feed item (pure). */
export type RawActivity = { id: string; actorId: string; verb: string; objectType: string; objectId: string; groupKey: string | null; createdAt: Date };
export type ActivityGroup = { key: string; lead: RawActivity; actorIds: string[] };

export function groupActivities(rows: RawActivity[]): ActivityGroup[] {
  const groups: ActivityGroup[] = [];
  const byKey = new Map<string, ActivityGroup>();
  for (const row of rows) {
    const key = row.groupKey ?? `activity:${row.id}`;
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.actorIds.includes(row.actorId)) existing.actorIds.push(row.actorId);
      continue;
    }
    const group = { key, lead: row, actorIds: [row.actorId] };
    byKey.set(key, group);
    groups.push(group);
  }
  return groups;
}

/** "Nova Lane", "Nova Lane and Kito", "Nova Lane and 3 others". */
export function actorsLabel(names: string[], total: number): string {
  if (total <= 1) return names[0] ?? "";
  if (total === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} and ${total - 1} others`;
}
