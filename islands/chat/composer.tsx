/**
 * The message input: Enter sends, Shift+Enter adds a line; quick replies above it.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { Ref } from "preact";

/** Props of `Composer`. */
export interface ComposerProps {
  onSend: (text: string) => void;
  maxChars: number;
  disabled?: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
}

/** The chat's input with its send button. */
export function Composer({ onSend, maxChars, disabled, inputRef }: ComposerProps) {
  const [text, setText] = useState("");
  const local = useRef<HTMLTextAreaElement | null>(null);

  useEffect(() => {
    // Grow with the text up to a few lines, then scroll.
    const el = local.current;
    if (!el) return;
    el.style.height = "auto";
    el.style.height = `${Math.min(el.scrollHeight, 140)}px`;
  }, [text]);

  function submit() {
    const value = text.trim();
    if (!value || disabled || value.length > maxChars) return;
    onSend(value);
    setText("");
  }

  const left = maxChars - text.length;
  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label for="chat-input" class="sr-only">Your message</label>
      <textarea
        id="chat-input"
        ref={(el) => {
          local.current = el;
          if (typeof inputRef === "function") inputRef(el);
          else if (inputRef) inputRef.current = el;
        }}
        rows={1}
        value={text}
        placeholder="Type your message…"
        aria-describedby="chat-input-help"
        maxLength={maxChars}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <button
        type="submit"
        class="composer__send"
        aria-label="Send message"
        disabled={disabled || text.trim() === ""}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path d="M3 20.5 21 12 3 3.5 3 10l12 2-12 2z" fill="currentColor" />
        </svg>
      </button>
      <p id="chat-input-help" class="composer__help">
        {left < 200
          ? <span class={left < 0 ? "error" : ""}>{left} characters left</span>
          : <span>Enter to send · Shift+Enter for a new line</span>}
      </p>
    </form>
  );
}
