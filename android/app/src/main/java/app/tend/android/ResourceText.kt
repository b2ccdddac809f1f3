// A core message worded from the app's resources (res/values*/messages.xml, generated from the
// Fluent files by scripts/l10n-export.py) in the resources' language: what notifications post.
// The screens word messages through ui/MessageText.kt (stringResource) the same way.
package app.tend.android

import android.content.res.Resources
import android.icu.text.ListFormatter
import app.tend.android.logic.MessageText
import app.tend.core.Message
import java.util.Locale

/**
 * [m] in the resources' language, its arguments formatted for [locale] (numbers, a list of names,
 * a long date, a short time); a plural message picks its form by its count. Never throws: a
 * malformed message, or one the resources cannot word, reads as its catalog key.
 */
fun Resources.text(
    m: Message,
    locale: Locale = configuration.locales[0],
): String =
    try {
        val args = MessageText.arguments(m, locale) { ListFormatter.getInstance(locale).format(it) }
        val res = MessageResources.resourceOf(m.id)
        when {
            args == null -> MessageText.fallback(m)
            MessageResources.isPlural(m.id) -> args.count?.let { getQuantityString(res, it, *args.array()) } ?: MessageText.fallback(m)
            else -> getString(res, *args.array())
        }
    } catch (e: Exception) {
        MessageText.fallback(m)
    }

/** The language messages are worded in now (BCP 47): what the core folds into each notification's fingerprint. */
fun Resources.language(): String = configuration.locales[0].toLanguageTag()
