import { useEffect, useId, useRef } from 'preact/hooks';
import './CopyFallback.css';

interface Props {
  text: string;
  message: string;
  label: string;
  closeLabel: string;
  onClose: () => void;
}

/**
 * Where the Clipboard API is missing or refuses: the text in a field, selected, with a message
 * saying how to copy it by hand. Escape or the close button returns to where the user was.
 */
export default function CopyFallback({ text, message, label, closeLabel, onClose }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [text]);
  return (
    <div class="copy-fallback no-print" data-pagefind-ignore>
      <p id={`${id}-message`} class="copy-fallback-message">
        {message}
      </p>
      <label for={`${id}-text`}>{label}</label>
      <textarea
        id={`${id}-text`}
        ref={field}
        readOnly
        rows={8}
        value={text}
        aria-describedby={`${id}-message`}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      />
      <button type="button" onClick={onClose}>
        {closeLabel}
      </button>
    </div>
  );
}
