/** A stored address as the text fields of a form: blank where there is none yet (a new record) or no second line. */
export function addressDraft(address: { line1: string; line2: string | null; city: string; state: string; zip: string } | undefined) {
  return {
    line1: address?.line1 ?? '',
    line2: address?.line2 ?? '',
    city: address?.city ?? '',
    state: address?.state ?? '',
    zip: address?.zip ?? '',
  };
}
