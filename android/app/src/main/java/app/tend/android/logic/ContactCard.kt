// A contact the phone's picker gave, written as a vCard for the core's importVcards (which owns
// reading it, de-duplicating and the role's typical support): the name and numbers as the phone
// holds them, escaped as vCard text so a comma or semicolon in a name survives.
package app.tend.android.logic

object ContactCard {
    /** One vCard 3.0 card with [name] and each of [phones]. */
    fun of(
        name: String,
        phones: List<String>,
    ): String =
        buildString {
            append("BEGIN:VCARD\r\nVERSION:3.0\r\n")
            append("FN:").append(escape(name)).append("\r\n")
            for (p in phones) append("TEL:").append(escape(p)).append("\r\n")
            append("END:VCARD\r\n")
        }

    /** vCard text escaping (RFC 6350 3.4): backslash, comma, semicolon, line breaks. */
    private fun escape(s: String): String =
        s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
}
