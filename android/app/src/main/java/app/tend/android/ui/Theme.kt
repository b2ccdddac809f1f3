// Tend's colours: calm, warm, readable in light and dark (text on every surface meets WCAG AA).
// SOS uses the error colour so it is found at a glance.
package app.tend.android.ui

import androidx.compose.foundation.isSystemInDarkTheme
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.darkColorScheme
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
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
    MaterialTheme(colorScheme = if (dark) Dark else Light, content = content)
}
