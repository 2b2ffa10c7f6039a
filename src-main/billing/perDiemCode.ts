import type { Schedule } from '../schedule/scheduleGrammar';
import type { OrderRecord } from './billingRecord';
import type { RuleId } from './rules';

export type PerDiemChoice =
  { kind: 'code'; code: string; rule: RuleId } | { kind: 'none'; rule: RuleId; message: string; severity: 'error' | 'info' };

// PD-1: anti-infectives by dosing interval; any other schedule S9494 (never together with S9497-S9504).
const ANTI_INFECTIVE_BY_HOURS: Record<number, string> = { 3: 'S9497', 4: 'S9504', 6: 'S9503', 8: 'S9502', 12: 'S9501', 24: 'S9500' };

// PD-6: one code per remaining category.
const CATEGORY_CODES: Record<string, string> = {
  corticosteroid: 'S9490',
  hemodialysis: 'S9335',
  anticoagulant: 'S9336',
  immunotherapy: 'S9338',
  'peritoneal-dialysis': 'S9339',
  'enteral-gravity': 'S9341',
  'enteral-pump': 'S9342',
  'enteral-bolus': 'S9343',
  'anti-hemophilic': 'S9345',
  'alpha-1-proteinase-inhibitor': 'S9346',
  'long-term-controlled-rate': 'S9347',
  inotropic: 'S9348',
  tocolytic: 'S9349',
  antiemetic: 'S9351',
  insulin: 'S9353',
  chelation: 'S9355',
  'enzyme-replacement': 'S9357',
  'anti-tnf': 'S9359',
  diuretic: 'S9361',
  'anti-spasmodic': 'S9363',
  'antiemetic-injection': 'S9370',
  'anticoagulant-injection': 'S9372',
  'infusion-noc': 'S9379',
  'hematopoietic-injection': 'S9537',
  transfusion: 'S9538',
  'injectable-noc': 'S9542',
  'growth-hormone': 'S9558',
  interferon: 'S9559',
  'hormonal-injection': 'S9560',
  palivizumab: 'S9562',
  irrigation: 'S9590',
};

/** DR-5: per diems incidental to the drug: bill the drug only. */
export const INCIDENTAL_PER_DIEMS = new Set(['S9537', 'S9542', 'S9558', 'S9559', 'S9560', 'S9562']);

function byLiters(liters: number | undefined, codes: [string, string, string, string]): string | undefined {
  if (liters === undefined) return undefined;
  if (liters <= 1) return codes[0];
  if (liters <= 2) return codes[1];
  if (liters <= 3) return codes[2];
  return codes[3];
}

/** PD-1: once a day is q24h whatever the notation (q1d, or a weekly schedule naming all seven days). */
function onceADay(schedule: Schedule): boolean {
  return (schedule.kind === 'every-days' && schedule.days === 1) || (schedule.kind === 'weekly' && schedule.days.length === 7);
}

export function choosePerDiemCode(order: OrderRecord, schedule: Schedule): PerDiemChoice {
  switch (order.therapy) {
    case 'anti-infective': {
      const code = schedule.kind === 'every-hours' ? ANTI_INFECTIVE_BY_HOURS[schedule.hours] : onceADay(schedule) ? 'S9500' : undefined;
      return { kind: 'code', code: code ?? 'S9494', rule: 'PD-1' };
    }
    case 'pain': {
      // Choice: a cassette (ambulatory pump) delivers continuously, so it takes S9326 like continuous delivery.
      const code =
        order.delivery === 'implanted-pump'
          ? 'S9328'
          : order.delivery === 'continuous' || order.delivery === 'cassette' || schedule.kind === 'continuous'
            ? 'S9326'
            : order.delivery === 'intermittent'
              ? 'S9327'
              : 'S9325';
      return { kind: 'code', code, rule: 'PD-2' };
    }
    case 'chemotherapy': {
      const code =
        order.delivery === 'continuous' || order.delivery === 'cassette' || schedule.kind === 'continuous'
          ? 'S9330'
          : order.delivery === 'intermittent'
            ? 'S9331'
            : 'S9329';
      return { kind: 'code', code, rule: 'PD-3' };
    }
    case 'tpn':
      // S9364 when no volume scale is used (no liters prescribed).
      return { kind: 'code', code: byLiters(order.litersPerDay, ['S9365', 'S9366', 'S9367', 'S9368']) ?? 'S9364', rule: 'PD-4' };
    case 'hydration': {
      if (order.delivery === 'intermittent') return { kind: 'code', code: 'S9373', rule: 'PD-5' };
      const code = byLiters(order.litersPerDay, ['S9374', 'S9375', 'S9376', 'S9377']);
      if (!code) {
        return {
          kind: 'none',
          rule: 'PD-5',
          severity: 'error',
          message:
            'Hydration needs the prescribed liters per day (S9374-S9377), or intermittent delivery (S9373): no per diem until it is entered.',
        };
      }
      return { kind: 'code', code, rule: 'PD-5' };
    }
    case 'supply':
      return {
        kind: 'none',
        rule: 'BU-1',
        severity: 'info',
        message: 'Supplies and flushes are bundled into the per diem: no separate line.',
      };
    default: {
      // Own keys only: a therapy text such as "constructor" must not find Object.prototype's members.
      const code = Object.hasOwn(CATEGORY_CODES, order.therapy) ? CATEGORY_CODES[order.therapy] : undefined;
      if (!code)
        return { kind: 'none', rule: 'PD-6', severity: 'error', message: `No per diem code is known for therapy "${order.therapy}".` };
      return { kind: 'code', code, rule: 'PD-6' };
    }
  }
}
