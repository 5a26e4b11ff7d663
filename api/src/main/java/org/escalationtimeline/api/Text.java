package org.escalationtimeline.api;

/**
 * The free text a command carries (a summary, a name, a speaker, a reason, a source's
 * publication): one line of Unicode, stripped, of bounded length. Checked on the command path
 * only: a stored event keeps whatever text it was recorded with.
 * <p>
 * Control characters are refused, C0 (NUL, tab and line breaks included), DEL and C1: every text
 * of a record is one line where it is shown (the timeline, the event list, the CSV and TimelineJS
 * exports), so a tab or a line break is a paste accident there, and NUL cannot be stored in a
 * PostgreSQL text column at all. A lone surrogate is refused because it is not Unicode: it has no
 * UTF-8 form, so the store and every reader would hold something other than what was sent.
 */
public final class Text {

    private Text() {
    }

    /** A required line of 1 to {@code max} characters, stripped. */
    public static String line(String field, String value, int max) {
        InvalidValue.require(field, value);
        String stripped = value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new InvalidValue(field, "must have 1 to " + max + " characters");
        }
        return printable(field, stripped);
    }

    /** The value itself if it holds neither a control character nor a lone surrogate. */
    public static String printable(String field, String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidValue(field, String.format(
                        "must not contain control characters (U+%04X at index %d)", c, i));
            }
            if (Character.getType(c) == Character.SURROGATE) {
                throw new InvalidValue(field, String.format(
                        "must be Unicode text: a lone surrogate (U+%04X at index %d) is not", c, i));
            }
            i += Character.charCount(c);
        }
        return value;
    }
}
