import { claimSettingsSchema, type ClaimSettings } from './assembly/claimSettingsSchema';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';

// Submitter and receiver identifiers for the 837P envelope, kept in the settings table.

export type { ClaimSettings };

export function claimSettings(store: Pick<Store, 'select'>): ClaimSettings {
  const pharmacy = store.select().from(t.pharmacy).get();
  const saved = new Map(
    store
      .select()
      .from(t.settings)
      .all()
      .map((s) => [s.key, s.value]),
  );
  const defaults: ClaimSettings = {
    senderId: pharmacy?.npi ?? 'DRIPLINE',
    submitterName: pharmacy?.name ?? 'DRIPLINE PHARMACY',
    contactName: 'BILLING OFFICE',
    contactPhone: pharmacy?.phone ?? '0000000000',
    receiverId: 'CLEARINGHOUSE',
    receiverName: 'CLEARINGHOUSE',
    // Test files until the pharmacy says it is ready to send production claims.
    usage: 'T',
  };
  const merged = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, saved.get(`claims.${k}`) ?? v]));
  return claimSettingsSchema.parse(merged);
}

export function saveClaimSettings(store: Store, settings: ClaimSettings): ClaimSettings {
  store.transaction((tx) => {
    for (const [key, value] of Object.entries(settings)) {
      tx.insert(t.settings)
        .values({ key: `claims.${key}`, value })
        .onConflictDoUpdate({ target: t.settings.key, set: { value } })
        .run();
    }
  });
  return claimSettings(store);
}
