import { asc } from 'drizzle-orm';
import type { Store } from '../store/openDatabase';
import * as t from '../store/schema';
import type { CatalogView } from '../vocabulary';

/** What the intake pickers offer: payers, prescribers and the drug catalog. */
export function catalog(store: Store): CatalogView {
  return {
    payers: store.select({ id: t.payers.id, name: t.payers.name, kind: t.payers.kind }).from(t.payers).orderBy(asc(t.payers.name)).all(),
    prescribers: store
      .select()
      .from(t.prescribers)
      .orderBy(asc(t.prescribers.lastName))
      .all()
      .map((p) => ({ id: p.id, name: `${p.lastName}, ${p.firstName}`, npi: p.npi })),
    drugs: store
      .select()
      .from(t.drugs)
      .orderBy(asc(t.drugs.name))
      .all()
      .map((d) => ({
        id: d.id,
        name: d.name,
        hcpcs: d.hcpcs,
        billingUnit: `${d.billingUnitAmount} ${d.billingUnit}`,
        form: d.form,
        class: d.drugClass,
      })),
  };
}
