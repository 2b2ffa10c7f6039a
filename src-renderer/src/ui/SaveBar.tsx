/**
 * The foot of an editor: problems no field on screen shows (so none is silently dropped), then the save
 * button with its state.
 */
export function SaveBar({ what, leftovers, pending, failed }: { what: string; leftovers: string[]; pending: boolean; failed: boolean }) {
  return (
    <>
      {leftovers.length > 0 && (
        <div className="error-panel" role="alert">
          <h2>The {what} was not saved</h2>
          <ul>
            {leftovers.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button className="primary" type="submit" disabled={pending}>
          {pending ? 'Saving…' : `Save ${what}`}
        </button>
        {failed && leftovers.length === 0 && <span className="field-message error">Check the marked fields.</span>}
      </div>
    </>
  );
}

/** The foot of a settings card: its save button, and once saved a badge saying so (`saved` says what follows). */
export function SavedActions({
  what,
  pending,
  saved,
  savedText = 'Saved',
}: {
  what: string;
  pending: boolean;
  saved: boolean;
  savedText?: string;
}) {
  return (
    <div className="actions">
      <button className="primary" type="submit" disabled={pending}>
        {`Save ${what}`}
      </button>
      {saved && <span className="badge ok">{savedText}</span>}
    </div>
  );
}
