// Reads a screen's semantics tree as TalkBack would: every control someone can tap or toggle has
// words to announce, every target is at least 48 dp each way, and no text is cut off.
package app.tend.android.desktop

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.text.TextLayoutResult

object A11y {
    const val MIN_TARGET_DP = 48f

    /** Every node below [root] (merged, as TalkBack groups them). */
    fun all(root: SemanticsNode): List<SemanticsNode> = listOf(root) + root.children.flatMap(::all)

    private fun label(n: SemanticsNode): String {
        val c = n.config
        val parts =
            (c.getOrNull(SemanticsProperties.ContentDescription).orEmpty() + c.getOrNull(SemanticsProperties.Text).orEmpty().map { it.text }) +
                listOfNotNull(c.getOrNull(SemanticsProperties.EditableText)?.text?.takeIf { it.isNotBlank() })
        return parts.joinToString(" ").trim()
    }

    private fun actionable(n: SemanticsNode) =
        n.config.contains(SemanticsActions.OnClick) || n.config.contains(SemanticsProperties.ToggleableState)

    /** What TalkBack would find wrong: unlabelled controls and small targets, with where they are. */
    fun problems(
        root: SemanticsNode,
        density: Float,
    ): List<String> {
        val out = mutableListOf<String>()
        for (n in all(root)) {
            if (!actionable(n)) continue
            // Not placed (scrolled out of a lazy list's window): nothing a finger can reach.
            if (n.boundsInRoot.width == 0f && n.boundsInRoot.height == 0f) continue
            if (n.config.getOrNull(SemanticsProperties.Disabled) != null && label(n).isEmpty()) continue
            val where = "node ${n.id} at ${n.boundsInRoot}"
            if (label(n).isEmpty()) out += "no label: $where"
            // Cut by the bottom of the window (a screen longer than it): its size is not known
            // here, and a finger gets all of it once it is scrolled up.
            if (n.boundsInRoot.bottom >= root.boundsInRoot.bottom - 1f) continue
            // Partly scrolled out of its list (under the top bar, past the bottom bar): only part of
            // it is on screen in this frame, so its size cannot be judged here; its label still is.
            if (n.boundsInRoot.height < n.size.height - 1f || n.boundsInRoot.width < n.size.width - 1f) continue
            // The touch bounds: what a finger can hit, including the minimum-size expansion
            // Material gives small controls.
            val w = n.touchBoundsInRoot.width / density
            val h = n.touchBoundsInRoot.height / density
            if (w < MIN_TARGET_DP - 0.5f || h < MIN_TARGET_DP - 0.5f) out += "target ${w.toInt()}x${h.toInt()} dp < 48 dp: '${label(n)}' $where"
        }
        return out
    }

    /** The most a screen gives a line of text: the phone's width less a margin and a card's padding each side. */
    const val WIDEST_LINE_INSET_DP = 64f

    /**
     * Text that does not fit: cut at its width or height, or laid out past the screen's edge. A
     * word wider than its box counts, unless no line on this phone could hold it (a German
     * compound at font scale 2.0): no layout keeps that whole, and the theme has Android
     * hyphenate it.
     */
    fun cutOff(
        root: SemanticsNode,
        screenWidthPx: Int,
        density: Float = 1f,
    ): List<String> {
        val widestLine = screenWidthPx - WIDEST_LINE_INSET_DP * density
        val out = mutableListOf<String>()
        for (n in all(root)) {
            val get = n.config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action ?: continue
            val results = mutableListOf<TextLayoutResult>()
            get(results)
            for (r in results) {
                // Only the layout the text was finally placed with (a row may measure its
                // children's intrinsic sizes first, with other widths).
                if (r.size.width < n.size.width - 1 || r.size.width > n.size.width + 1) continue
                // Cut: a word wider than its box, or lines dropped (maxLines) — what a reader
                // loses. (Height overflow inside scrolling containers is not lost text.)
                val word = r.multiParagraph.intrinsics.minIntrinsicWidth
                val wider = word > r.size.width + 1f && word <= widestLine
                val ellipsized = (0 until r.lineCount).any { r.isLineEllipsized(it) }
                if (wider || ellipsized || r.multiParagraph.didExceedMaxLines) out += "cut off: '${r.layoutInput.text.text.take(60)}'"
            }
            if (n.boundsInRoot.right > screenWidthPx + 1 && n.config.getOrNull(SemanticsProperties.Text) != null) {
                out += "past the edge: '${label(n).take(60)}'"
            }
        }
        return out
    }
}
