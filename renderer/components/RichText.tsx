import { Fragment } from 'react';

/** Plain text where `backticked` parts (commands, config keys) are shown as inline code. */
export function RichText({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd count of backticks leaves the last one literal.
  if (parts.length % 2 === 0) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 ? (
          <code key={i} className="inline-code">
            {p}
          </code>
        ) : (
          <Fragment key={i}>{p}</Fragment>
        ),
      )}
    </>
  );
}
