import type { ChannelError } from '../api/channelQueries';

export function ErrorPanel({ title, error }: { title: string; error: ChannelError }) {
  return (
    <div className="error-panel" role="alert">
      <h2>{title}</h2>
      <p>{error.message}</p>
      {error.error.kind === 'invalid' && error.error.fields.length > 0 && (
        <ul>
          {error.error.fields.map((f) => (
            <li key={f.path}>
              <code>{f.path}</code>: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
