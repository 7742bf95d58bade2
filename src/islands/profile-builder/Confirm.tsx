import { useEffect, useRef } from 'preact/hooks';

interface Props {
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

/** An inline confirmation of a destructive action: the question, the action (styled as destructive) and cancel. */
export default function Confirm({ question, yes, no, onYes, onNo }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div class="builder-confirm" role="group" aria-label={question}>
      <p>{question}</p>
      <div class="builder-actions">
        <button type="button" class="button button--danger" onClick={onYes}>
          {yes}
        </button>
        <button type="button" class="button" ref={first} onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}
