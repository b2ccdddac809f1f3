// The words a screen shows for a core message, for the flow tests to look for: the same resources
// and formatting as ui/MessageText.kt, outside a composition.
package app.tend.android.desktop

import androidx.compose.ui.res.DesktopResources
import app.tend.android.MessageResources
import app.tend.android.logic.MessageText
import app.tend.core.Message
import java.util.Locale

/** [m] as the screens word it in [language] (arguments formatted for the JVM's locale, as on screen). */
fun words(
    m: Message,
    language: Locale = Locale.ENGLISH,
): String {
    val locale = Locale.getDefault()
    val args = MessageText.arguments(m, locale, MessageText::plainNames) ?: return MessageText.fallback(m)
    val res = MessageResources.resourceOf(m.id)
    val template =
        if (MessageResources.isPlural(m.id)) DesktopResources.plural(language, res, args.count ?: return MessageText.fallback(m)) else DesktopResources.string(language, res)
    return MessageText.fill(template, locale, args) ?: MessageText.fallback(m)
}
