/**
 * Making text safe to print on a terminal.
 * @internal
 */

/**
 * Shows control characters as escapes (`\x1b`, `\x07`, `\x9b`), so that text
 * from an input cannot clear the screen, set the window title or move the
 * cursor. Line feeds and tabs stay as they are.
 */
export function escapeControls(text: string): string {
  // C0 controls but tab and line feed, DEL, C1 controls
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
