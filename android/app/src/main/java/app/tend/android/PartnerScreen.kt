// The Partner screen (rendering only): per person in a network, a switch for each item they may
// see, the exact text as the core previews it, and Share… to hand the summary to the share sheet.
// Decisions in logic/PartnerSharing.kt, the share sheet in PartnerShare.kt, the rules in the core.
package app.tend.android

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.res.stringResource
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.tend.android.logic.PartnerSharing
import app.tend.android.logic.ShareMessage
import app.tend.core.PartnerPreview
import app.tend.core.PartnerRow
import app.tend.core.ShareItem
import app.tend.core.ShareToggle
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/** Everything the screen shows, read from the core in one go. */
private data class PartnerState(val rows: List<PartnerRow>, val nothingShared: Boolean, val previews: Map<Long, PartnerPreview>)

@Composable
fun PartnerScreen(
    app: TendApplication,
    padding: PaddingValues,
) {
    val context = LocalContext.current
    val scope = rememberCoroutineScope()
    var state by remember { mutableStateOf<PartnerState?>(null) }
    var failed by remember { mutableStateOf(false) }
    var messages by remember { mutableStateOf<Map<Long, ShareMessage>>(emptyMap()) }
    var daysField by remember { mutableStateOf<Map<Long, String>>(emptyMap()) }

    suspend fun reload() {
        val read =
            withContext(Dispatchers.IO) {
                runCatching {
                    val store = app.store()
                    val rows = store.partnerRows()
                    val previews = rows.filter { r -> r.toggles.any { it.on } }.associate { it.person.id to store.partnerPreview(it.person.id, app.zone()) }
                    PartnerState(rows, PartnerSharing.nothingShared(rows), previews)
                }
            }
        failed = read.isFailure
        state = read.getOrNull() ?: state
    }

    fun flip(
        row: PartnerRow,
        toggle: ShareToggle,
    ) {
        scope.launch {
            val days = if (toggle.item == ShareItem.DECLINE && !toggle.on) PartnerSharing.declineDays(daysField[row.person.id].orEmpty()) else null
            val result = withContext(Dispatchers.IO) { runCatching { app.store().setConsent(row.person.id, toggle.item, !toggle.on, days) } }
            messages = result.exceptionOrNull()?.let { messages + (row.person.id to PartnerSharing.refusal(it)) } ?: (messages - row.person.id)
            reload()
        }
    }

    LaunchedEffect(Unit) { reload() }

    LazyColumn(Modifier.fillMaxSize().padding(padding).padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        item { Text(stringResource(R.string.partner_intro)) }
        if (failed) item { Text(stringResource(R.string.cannot_read)) }
        val s = state
        if (s != null) {
            if (s.nothingShared) item { Text(stringResource(R.string.nothing_shared), style = MaterialTheme.typography.titleMedium) }
            if (s.rows.isEmpty()) item { Text(stringResource(R.string.no_partners_yet)) }
            items(s.rows, key = { it.person.id }) { row ->
                Card(Modifier.fillMaxWidth()) {
                    Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                        Text(row.person.name, style = MaterialTheme.typography.titleSmall)
                        if (row.paused) Text(stringResource(R.string.partner_paused), style = MaterialTheme.typography.bodySmall)
                        for (t in row.toggles) {
                            Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                                Switch(checked = t.on, onCheckedChange = { flip(row, t) }, enabled = t.enabled)
                                Text(itemLabel(t), Modifier.weight(1f))
                                if (t.item == ShareItem.DECLINE && !t.on && t.enabled) {
                                    OutlinedTextField(
                                        value = daysField[row.person.id].orEmpty(),
                                        onValueChange = { v -> daysField = daysField + (row.person.id to v.filter(Char::isDigit).take(3)) },
                                        label = { Text(stringResource(R.string.decline_days)) },
                                        keyboardOptions = KeyboardOptions(keyboardType = KeyboardType.Number),
                                        singleLine = true,
                                        modifier = Modifier.width(96.dp),
                                    )
                                }
                            }
                        }
                        messages[row.person.id]?.let { m ->
                            // The core's reason names no one; it fills the message's %1$s.
                            val text = m.reason?.let { stringResource(stringRes(m.key), it) } ?: stringResource(stringRes(m.key))
                            Text(text, color = MaterialTheme.colorScheme.error)
                        }
                        s.previews[row.person.id]?.let { preview ->
                            if (preview.items.isNotEmpty()) {
                                Text(stringResource(R.string.share_preview), style = MaterialTheme.typography.labelLarge)
                                for (p in preview.items) Text(p.text, style = MaterialTheme.typography.bodySmall)
                            }
                            PartnerSharing.shareText(preview)?.let { text ->
                                OutlinedButton(onClick = { PartnerShare.open(context, text) }) { Text(stringResource(R.string.share_button)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

@Composable
private fun itemLabel(t: ShareToggle): String =
    when (t.item) {
        ShareItem.SUMMARY -> stringResource(R.string.share_summary)
        ShareItem.MOOD -> stringResource(R.string.share_mood)
        ShareItem.MILESTONES -> stringResource(R.string.share_milestones)
        ShareItem.SOS -> stringResource(R.string.share_sos)
        ShareItem.DECLINE -> t.declineDays?.let { stringResource(R.string.share_decline, it.toInt()) } ?: stringResource(R.string.share_decline_off)
    }
