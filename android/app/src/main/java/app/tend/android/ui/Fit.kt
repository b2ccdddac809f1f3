// Layouts that give words room before they squeeze them: a longer language (German) at the
// largest text size has words that do not fit beside a switch or a button on a small phone, and a
// word broken mid-way is hard to read. The decision is the words' own: measured in their style, at
// the phone's text size, against the room the layout leaves.
package app.tend.android.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.remember
import androidx.compose.ui.Modifier
import androidx.compose.ui.layout.Layout
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.rememberTextMeasurer
import androidx.compose.ui.unit.Constraints
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.dp

/** The widest single word of [words], each in its style, at the phone's text size (px). */
@Composable
fun widestWord(words: List<Pair<String, TextStyle>>): Float {
    val measurer = rememberTextMeasurer()
    return remember(words, measurer) {
        words.maxOfOrNull { (text, style) -> measurer.measure(text, style).multiParagraph.intrinsics.minIntrinsicWidth } ?: 0f
    }
}

/** The longest of [lines], each on one line in [style], at the phone's text size (px). */
@Composable
fun longestLine(
    lines: List<String>,
    style: TextStyle,
): Float {
    val measurer = rememberTextMeasurer()
    return remember(lines, style, measurer) { lines.maxOfOrNull { measurer.measure(it, style, softWrap = false).size.width.toFloat() } ?: 0f }
}

/**
 * [main] with [side] (a switch, a Remove button) at its end; or, when a word of [words] would not
 * fit in the room [side] leaves, [side] below [main] at its start, so no word is broken.
 */
@Composable
fun BesideOrBelow(
    words: List<Pair<String, TextStyle>>,
    modifier: Modifier = Modifier,
    gap: Dp = 8.dp,
    /** Padding [main] keeps around its words (a text field's). */
    inset: Dp = 0.dp,
    centered: Boolean = true,
    main: @Composable () -> Unit,
    side: @Composable () -> Unit,
) {
    val widest = widestWord(words)
    Layout(contents = listOf(main, side), modifier = modifier) { (mains, sides), c ->
        val loose = Constraints(maxWidth = c.maxWidth, maxHeight = c.maxHeight)
        val sidePlaced = sides.map { it.measure(loose) }
        val sideWidth = sidePlaced.maxOfOrNull { it.width } ?: 0
        val sideHeight = sidePlaced.maxOfOrNull { it.height } ?: 0
        val room = (c.maxWidth - sideWidth - gap.roundToPx()).coerceAtLeast(0)
        if (c.hasBoundedWidth && widest <= room - inset.roundToPx()) {
            val mainPlaced = mains.map { it.measure(Constraints(minWidth = room, maxWidth = room, maxHeight = c.maxHeight)) }
            val height = maxOf(mainPlaced.maxOfOrNull { it.height } ?: 0, sideHeight, c.minHeight)
            layout(c.maxWidth, height) {
                mainPlaced.forEach { it.placeRelative(0, if (centered) (height - it.height) / 2 else 0) }
                sidePlaced.forEach { it.placeRelative(c.maxWidth - it.width, if (centered) (height - it.height) / 2 else 0) }
            }
        } else {
            val mainPlaced = mains.map { it.measure(loose.copy(minWidth = if (c.hasBoundedWidth) c.maxWidth else 0)) }
            val mainHeight = mainPlaced.maxOfOrNull { it.height } ?: 0
            val width = if (c.hasBoundedWidth) c.maxWidth else maxOf(mainPlaced.maxOfOrNull { it.width } ?: 0, sideWidth)
            layout(width, maxOf(mainHeight + sideHeight, c.minHeight)) {
                mainPlaced.forEach { it.placeRelative(0, 0) }
                sidePlaced.forEach { it.placeRelative(0, mainHeight) }
            }
        }
    }
}
