// Tend's colours: calm, warm, readable in light and dark (text on every surface meets WCAG AA).
// SOS uses the error colour so it is found at a glance.
package app.tend.android.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.material3.Typography
import androidx.compose.runtime.Composable
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.style.Hyphens
import androidx.compose.ui.text.style.LineBreak
import androidx.compose.ui.graphics.Color

private val Light =
    lightColorScheme(
        primary = Color(0xFF2F6B5B),
        onPrimary = Color.White,
        primaryContainer = Color(0xFFB5EFDB),
        onPrimaryContainer = Color(0xFF002019),
        secondary = Color(0xFF7A5A2E),
        onSecondary = Color.White,
        secondaryContainer = Color(0xFFFFDDB3),
        onSecondaryContainer = Color(0xFF291800),
        background = Color(0xFFFBFDF9),
        surface = Color(0xFFFBFDF9),
        error = Color(0xFFB3261E),
        onError = Color.White,
        errorContainer = Color(0xFFF9DEDC),
        onErrorContainer = Color(0xFF410E0B),
    )

private val Dark =
    darkColorScheme(
        primary = Color(0xFF99D3C0),
        onPrimary = Color(0xFF00382D),
        primaryContainer = Color(0xFF0F5143),
        onPrimaryContainer = Color(0xFFB5EFDB),
        secondary = Color(0xFFEDC18B),
        onSecondary = Color(0xFF432C05),
        secondaryContainer = Color(0xFF5F4219),
        onSecondaryContainer = Color(0xFFFFDDB3),
        background = Color(0xFF191C1B),
        surface = Color(0xFF191C1B),
        error = Color(0xFFF2B8B5),
        onError = Color(0xFF601410),
        errorContainer = Color(0xFF8C1D18),
        onErrorContainer = Color(0xFFF9DEDC),
    )

@Composable
fun TendTheme(
    dark: Boolean = isSystemInDarkTheme(),
    content: @Composable () -> Unit,
) {
    MaterialTheme(colorScheme = if (dark) Dark else Light, typography = Hyphenated, content = content)
}

/**
 * Material's type scale, with words too long for a line broken where the language allows, with a
 * hyphen ("Benachrichti-gungen"): German and other languages with long compounds, at the largest
 * text sizes, on a small phone. (Android does it; the desktop renderer the gallery uses does not.)
 */
private val Hyphenated =
    Typography().let { t ->
        fun TextStyle.h() = copy(hyphens = Hyphens.Auto, lineBreak = LineBreak.Paragraph)
        Typography(
            displayLarge = t.displayLarge.h(), displayMedium = t.displayMedium.h(), displaySmall = t.displaySmall.h(),
            headlineLarge = t.headlineLarge.h(), headlineMedium = t.headlineMedium.h(), headlineSmall = t.headlineSmall.h(),
            titleLarge = t.titleLarge.h(), titleMedium = t.titleMedium.h(), titleSmall = t.titleSmall.h(),
            bodyLarge = t.bodyLarge.h(), bodyMedium = t.bodyMedium.h(), bodySmall = t.bodySmall.h(),
            labelLarge = t.labelLarge.h(), labelMedium = t.labelMedium.h(), labelSmall = t.labelSmall.h(),
        )
    }
