// The frame every screen sits in: the top bar's back arrow, the red SOS button (one tap from
// anywhere), the switch between networks, and the More tab's list of everything else.
package app.tend.android.ui

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.DropdownMenu
import androidx.compose.material3.DropdownMenuItem
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.graphics.StrokeCap
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import app.tend.android.R
import app.tend.core.Network

/** The top bar's arrow back (the same as the phone's back): it points the way the screen reads from, so right in Arabic or Hebrew. */
@Composable
fun BackButton(onClick: () -> Unit) {
    val label = stringResource(R.string.back)
    val color = MaterialTheme.colorScheme.onSurface
    val rtl = LocalLayoutDirection.current == LayoutDirection.Rtl
    IconButton(onClick = onClick, modifier = Modifier.semantics { contentDescription = label }) {
        Canvas(Modifier.size(20.dp)) {
            val w = size.width
            val stroke = 2.dp.toPx()
            // Across from the start edge: the left, or the right when the layout is mirrored.
            fun at(
                across: Float,
                down: Float,
            ) = Offset(if (rtl) w * (1 - across) else w * across, w * down)
            drawLine(color, at(0.9f, 0.5f), at(0.1f, 0.5f), stroke, StrokeCap.Round)
            drawLine(color, at(0.1f, 0.5f), at(0.45f, 0.15f), stroke, StrokeCap.Round)
            drawLine(color, at(0.1f, 0.5f), at(0.45f, 0.85f), stroke, StrokeCap.Round)
        }
    }
}

/** SOS, in the alarm colour, on every screen. */
@Composable
fun SosButton(onClick: () -> Unit) {
    val label = stringResource(R.string.sos_help)
    TextButton(
        onClick = onClick,
        modifier = Modifier.heightIn(min = 48.dp).semantics { contentDescription = label },
        colors = ButtonDefaults.textButtonColors(contentColor = MaterialTheme.colorScheme.error),
    ) { Text(stringResource(R.string.sos), style = MaterialTheme.typography.titleMedium) }
}

/** The network the People and Progress tabs show, and the others to switch to. */
@Composable
fun NetworkSwitcher(
    networks: List<Network>,
    current: Long?,
    onPick: (Long?) -> Unit,
    onManage: () -> Unit,
) {
    if (networks.size < 2) return // nothing to switch between: the Networks page is in More
    var open by remember { mutableStateOf(false) }
    val name = networks.firstOrNull { it.id == current }?.name ?: stringResource(R.string.networks_all)
    val label = stringResource(R.string.network_switch, name)
    // A row of its own under the title: a long network name at the largest text sizes wraps
    // here instead of squeezing the page's title and SOS.
    Box(Modifier.fillMaxWidth().padding(horizontal = 8.dp)) {
        TextButton(onClick = { open = true }, modifier = Modifier.heightIn(min = 48.dp).semantics { contentDescription = label }) {
            Text(stringResource(R.string.network_shown, name))
        }
        DropdownMenu(expanded = open, onDismissRequest = { open = false }) {
            for (n in networks) {
                DropdownMenuItem(text = { Text(n.name) }, onClick = {
                    open = false
                    onPick(n.id)
                })
            }
            DropdownMenuItem(text = { Text(stringResource(R.string.networks_all)) }, onClick = {
                open = false
                onPick(null)
            })
            HorizontalDivider()
            DropdownMenuItem(text = { Text(stringResource(R.string.networks_manage)) }, onClick = {
                open = false
                onManage()
            })
        }
    }
}

/** The More tab: everything that is not a daily place, each one tap away. */
@Composable
fun MoreScreen(
    padding: PaddingValues,
    open: (Destination) -> Unit,
) {
    val rows =
        listOf(
            Triple(Destination.Networks, R.string.networks_title, R.string.more_networks),
            Triple(Destination.Settings, R.string.settings_title, R.string.more_settings),
            Triple(Destination.Partner, R.string.partner_title, R.string.more_partner),
            Triple(Destination.Data, R.string.data_title, R.string.more_data),
            Triple(Destination.About, R.string.about_title, R.string.more_about),
        )
    LazyColumn(
        Modifier.fillMaxSize().padding(padding),
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        items(rows, key = { it.second }) { (d, title, line) ->
            Card(onClick = { open(d) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(stringResource(title), style = MaterialTheme.typography.titleMedium)
                    Text(stringResource(line), style = MaterialTheme.typography.bodyMedium)
                }
            }
        }
    }
}
